using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Analytics.Etl.Sources;

/// <summary>
/// Tells UTF-8 (with or without BOM) from Windows-1251, as Excel on Windows writes CSV, reading the file in chunks:
/// a file is never held whole in memory, neither as bytes nor as text.
/// </summary>
public static class TextDecoding
{
    /// <summary>What a byte that is not UTF-8 becomes in a UTF-8 file; a record holding it is quarantined.</summary>
    public const char Replacement = '\uFFFD';

    private const int ChunkBytes = 1 << 20;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decides a file's encoding in one pass over its bytes (two when it is not valid UTF-8).</summary>
    /// <exception cref="FileRefusedException">The file is UTF-16, which the contract does not allow.</exception>
    public static TextEncoding Detect(string path)
    {
        using var stream = OpenRead(path);
        Span<byte> start = stackalloc byte[3];
        var read = stream.ReadAtLeast(start, 3, throwOnEndOfStream: false);
        if (read == 3 && start.SequenceEqual(Utf8Bom))
        {
            return new TextEncoding(Encoding.UTF8, Utf8Bom.Length, "UTF-8 (BOM)", CountNewlines(stream, Utf8Bom.Length));
        }

        RefuseUtf16(stream, start[..read]);

        if (IsValidUtf8(stream, out var newlines))
        {
            return new TextEncoding(Encoding.UTF8, 0, "UTF-8", newlines);
        }

        // One damaged byte in a UTF-8 file must not turn every Cyrillic letter into mojibake: a file with more
        // well-formed multi-byte letters than bad bytes is UTF-8, its bad bytes become U+FFFD and the records
        // holding them go to quarantine. Windows-1251 Cyrillic almost never forms a valid UTF-8 sequence.
        return LooksLikeDamagedUtf8(stream)
            ? new TextEncoding(Encoding.UTF8, 0, "UTF-8 (with invalid bytes)", newlines)
            : new TextEncoding(Encoding.GetEncoding(1251), 0, "Windows-1251", newlines);
    }

    /// <summary>
    /// A UTF-16 file (Excel's "Unicode text") would read as one column of NUL-separated letters: it is refused saying
    /// how to save it. It starts with its byte order mark, or, without one, every other byte of its Latin header is 0.
    /// </summary>
    private static void RefuseUtf16(Stream stream, ReadOnlySpan<byte> start)
    {
        var bom = start.Length >= 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF));
        Span<byte> head = stackalloc byte[512];
        stream.Position = 0;
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (bom || (read >= 16 && head[..read].Count((byte)0) * 3 >= read))
        {
            throw new FileRefusedException(
                "файл в кодировке UTF-16 (в Excel — «Текст Юникод»): сохраните его как «CSV UTF-8» (или CSV в Windows-1251)",
                "файл UTF-16 кодтауында (Excel-де — «Юникод мәтіні»): оны «CSV UTF-8» (немесе Windows-1251 кодтауындағы CSV) ретінде сақтаңыз");
        }
    }

    /// <summary>The file's text, decoded as it streams (the BOM skipped).</summary>
    public static StreamReader OpenText(string path, TextEncoding encoding)
    {
        var stream = OpenRead(path);
        stream.Position = encoding.PreambleBytes;
        return new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    private static long CountNewlines(Stream stream, long from)
    {
        stream.Position = from;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            long newlines = 0;
            int read;
            while ((read = stream.Read(buffer, 0, ChunkBytes)) > 0)
            {
                newlines += buffer.AsSpan(0, read).Count((byte)'\n');
            }

            return newlines;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether every chunk is valid UTF-8, a sequence cut by a chunk's end carried to the next.</summary>
    private static bool IsValidUtf8(Stream stream, out long newlines)
    {
        stream.Position = 0;
        newlines = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + 4);
        var valid = true;
        try
        {
            var carried = 0;
            int read;
            while ((read = stream.Read(buffer, carried, ChunkBytes)) > 0)
            {
                var chunk = buffer.AsSpan(0, carried + read);
                newlines += buffer.AsSpan(carried, read).Count((byte)'\n');
                var complete = chunk.Length - IncompleteTail(chunk);
                valid = valid && Utf8.IsValid(chunk[..complete]);
                carried = chunk.Length - complete;
                chunk[complete..].CopyTo(buffer);
            }

            return valid && carried == 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>How many bytes at the end begin a multi-byte sequence that the chunk does not finish.</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> chunk)
    {
        for (var back = 1; back <= Math.Min(3, chunk.Length); back++)
        {
            var b = chunk[^back];
            if (b < 0x80)
            {
                return 0;
            }

            if (b >= 0xC0)
            {
                var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return length > back ? back : 0;
            }
        }

        return 0;
    }

    private static bool LooksLikeDamagedUtf8(Stream stream)
    {
        stream.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + 4);
        try
        {
            long multiByte = 0, invalid = 0;
            var carried = 0;
            int read;
            while ((read = stream.Read(buffer, carried, ChunkBytes)) > 0)
            {
                ReadOnlySpan<byte> bytes = buffer.AsSpan(0, carried + read);
                var complete = bytes.Length - IncompleteTail(bytes);
                (multiByte, invalid) = Count(bytes[..complete], multiByte, invalid);
                carried = bytes.Length - complete;
                bytes[complete..].CopyTo(buffer);
            }

            (multiByte, invalid) = Count(buffer.AsSpan(0, carried), multiByte, invalid);
            return multiByte > invalid;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (long MultiByte, long Invalid) Count(ReadOnlySpan<byte> bytes, long multiByte, long invalid)
    {
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multiByte += consumed > 1 ? 1 : 0;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return (multiByte, invalid);
    }
}

/// <summary>A text file's encoding, how many bytes of BOM precede its text, its name for messages, and its line feeds.</summary>
public sealed record TextEncoding(Encoding Encoding, int PreambleBytes, string Name, long Newlines);
