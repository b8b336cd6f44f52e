using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace Analytics.Warehouse;

/// <summary>
/// DuckDB lets one process at a time open a database file for writing, and no other process read it meanwhile.
/// This tells that refusal apart from other errors and names the process that holds the file.
/// </summary>
public static partial class WarehouseLock
{
    /// <summary>Whether the exception, or one inside it, is DuckDB's "could not set lock on file".</summary>
    public static bool IsConflict(Exception exception) => Find(exception) is not null;

    /// <summary>The holder's command line and process id as DuckDB reports them, read from /proc where it can.</summary>
    public static string Holder(Exception exception)
    {
        var message = Find(exception)?.Message ?? "";
        var match = HeldBy().Match(message);
        if (!match.Success)
        {
            return "another process";
        }

        var pid = match.Groups["pid"].Value;
        return $"{CommandLine(pid) ?? match.Groups["program"].Value} (PID {pid})";
    }

    private static DuckDBException? Find(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DuckDBException duck && duck.Message.Contains("Could not set lock on file", StringComparison.Ordinal))
            {
                return duck;
            }
        }

        return null;
    }

    // "dotnet /…/analytics.dll load inbox" reads better as "analytics load inbox".
    private static string? CommandLine(string pid)
    {
        try
        {
            var parts = File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
            var program = Array.FindIndex(parts, part => part.EndsWith("analytics.dll", StringComparison.Ordinal) || part.EndsWith("/analytics", StringComparison.Ordinal));
            return program >= 0 ? string.Join(' ', ["analytics", .. parts.Skip(program + 1)]) : string.Join(' ', parts);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"held in (?<program>.+?) \(PID (?<pid>\d+)\)")]
    private static partial Regex HeldBy();
}
