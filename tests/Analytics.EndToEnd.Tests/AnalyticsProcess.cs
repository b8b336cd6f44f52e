using System.Diagnostics;

namespace Analytics.EndToEnd.Tests;

/// <summary>Runs the real `analytics` executable, as an analyst would, and keeps what it printed.</summary>
public static class AnalyticsProcess
{
    public const string Secret = "end-to-end-secret-of-sixteen-or-more";

    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "analytics.dll"));
        foreach (var argument in arguments)
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
            throw new TimeoutException($"analytics {string.Join(' ', arguments)} did not finish in 3 minutes.");
        }

        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }

    public static ProcessResult Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, null, arguments);
}

public sealed record ProcessResult(int ExitCode, string Output, string Error);
