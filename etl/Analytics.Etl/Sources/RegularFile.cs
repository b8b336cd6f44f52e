using System.Runtime.InteropServices;

namespace Analytics.Etl.Sources;

/// <summary>
/// Whether a path is a regular file itself, not a symbolic link, FIFO, socket or device: reading a FIFO blocks
/// forever and /dev/zero never ends, and a link may point out of the batch folder.
/// </summary>
internal static partial class RegularFile
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    public static bool Is(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            var info = new FileInfo(path);
            return info.Exists && info.LinkTarget is null;
        }

        // .NET's own lstat (System.Native's FileStatus: Flags, then Mode), so the layout does not depend on the libc.
        Span<byte> status = stackalloc byte[256];
        return LStat(path, ref MemoryMarshal.GetReference(status)) == 0
            && (MemoryMarshal.Read<int>(status[4..]) & TypeMask) == Regular;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, ref byte status);
}
