using System.Diagnostics;

namespace Analytics.EndToEnd.Tests;

/// <summary>Runs the real `analytics` executable, as an analyst would, and keeps what it printed.</summary>
public static class AnalyticsProcess
{
    public const string Secret = "end-to-end-secret-of-sixteen-or-more";

    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] arguments) =>
        RunCommand(workingDirectory, environment, ["dotnet", Path.Combine(AppContext.BaseDirectory, "analytics.dll"), .. arguments]);

    /// <summary>
    /// Runs `analytics` with <paramref name="readOnlyFolder"/> mounted read-only in a mount namespace of its own, so
    /// that even root cannot write there (file permissions do not stop root; a read-only file system does).
    /// </summary>
    public static ProcessResult RunOnReadOnlyFolder(string workingDirectory, string readOnlyFolder, params string[] arguments) =>
        RunCommand(workingDirectory, null,
            ["unshare", "--mount", "sh", "-c", "mount --bind -o ro \"$0\" \"$0\" && exec \"$@\"", readOnlyFolder,
             "dotnet", Path.Combine(AppContext.BaseDirectory, "analytics.dll"), .. arguments]);

    public static ProcessResult Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, null, arguments);

    private static ProcessResult RunCommand(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, IReadOnlyList<string> command)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["SENIM_PSEUDONYM_SECRET"] = Secret;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', command)} did not finish in 3 minutes.");
        }

        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }
}

public sealed record ProcessResult(int ExitCode, string Output, string Error);
