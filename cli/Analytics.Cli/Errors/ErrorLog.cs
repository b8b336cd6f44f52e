using System.Globalization;

namespace Analytics.Cli.Errors;

/// <summary>Keeps the details of an internal error (the exception with its stack) in a file for the developers.</summary>
internal static class ErrorLog
{
    /// <summary>The folder for error logs; <c>SENIM_LOG_DIR</c> overrides it.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("SENIM_LOG_DIR") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Path.GetTempPath(), "senim-analytics");

    /// <summary>Writes the log and returns its path, or null when even that fails.</summary>
    public static string? Write(Exception exception, IReadOnlyList<string> arguments)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            var path = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture,
                $"error-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log"));
            File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture,
                $"{DateTime.UtcNow:O}\nanalytics {string.Join(' ', Redacted(arguments))}\nversion {ProductVersion.Current}\n\n{exception}\n"));
            return path;
        }
        catch (Exception logFailure) when (logFailure is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // A --source connection string may hold a password.
    private static IEnumerable<string> Redacted(IReadOnlyList<string> arguments) =>
        arguments.Select((argument, i) => i > 0 && arguments[i - 1] == "--source" || argument.StartsWith("--source=", StringComparison.Ordinal) ? "…" : argument);
}
