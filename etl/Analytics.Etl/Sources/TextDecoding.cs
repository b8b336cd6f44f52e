using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Analytics.Etl.Sources;

/// <summary>Tells UTF-8 (with or without BOM) from Windows-1251, as Excel on Windows writes CSV.</summary>
public static class TextDecoding
{
    /// <summary>What a byte that is not UTF-8 becomes in a UTF-8 file; a record holding it is quarantined.</summary>
    public const char Replacement = '\uFFFD';

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, out string encodingName)
    {
        if (bytes.AsSpan().StartsWith(Utf8Bom))
        {
            encodingName = "UTF-8 (BOM)";
            return Encoding.UTF8.GetString(bytes, Utf8Bom.Length, bytes.Length - Utf8Bom.Length);
        }

        if (Utf8.IsValid(bytes))
        {
            encodingName = "UTF-8";
            return Encoding.UTF8.GetString(bytes);
        }

        // One damaged byte in a UTF-8 file must not turn every Cyrillic letter into mojibake: a file with more
        // well-formed multi-byte letters than bad bytes is UTF-8, its bad bytes become U+FFFD and the records
        // holding them go to quarantine. Windows-1251 Cyrillic almost never forms a valid UTF-8 sequence.
        if (LooksLikeDamagedUtf8(bytes))
        {
            encodingName = "UTF-8 (with invalid bytes)";
            return Encoding.UTF8.GetString(bytes);
        }

        encodingName = "Windows-1251";
        return Encoding.GetEncoding(1251).GetString(bytes);
    }

    private static bool LooksLikeDamagedUtf8(ReadOnlySpan<byte> bytes)
    {
        long multiByte = 0, invalid = 0;
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

        return multiByte > invalid;
    }
}
