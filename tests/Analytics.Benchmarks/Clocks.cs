using System.Diagnostics;
using System.Globalization;

namespace Analytics.Benchmarks;

/// <summary>
/// Wall time, this process's CPU time, and the CPU time of every process started under it (the Playwright driver,
/// Chromium and its renderers, with the children they reaped), read from <c>/proc</c>. On a machine shared with other
/// work, CPU time is the measure that does not depend on the others.
/// </summary>
internal readonly record struct Clocks(double Wall, double Own, double Children)
{
    private static readonly Stopwatch Since = Stopwatch.StartNew();
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static Clocks Now()
    {
        var self = Environment.ProcessId;
        var parents = new Dictionary<int, (int Parent, double Cpu)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // fields after the command name, which is in parentheses and may hold spaces
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                double Field(int number) => double.Parse(fields[number - 3], CultureInfo.InvariantCulture);
                parents[pid] = ((int)Field(4), (Field(14) + Field(15) + Field(16) + Field(17)) / TicksPerSecond);
            }
            catch (IOException)
            {
                // the process ended while being read
            }
        }

        bool Under(int pid)
        {
            for (var depth = 0; depth < 64 && parents.TryGetValue(pid, out var entry); depth++)
            {
                if (entry.Parent == self)
                {
                    return true;
                }

                pid = entry.Parent;
            }

            return false;
        }

        var children = parents.Where(p => Under(p.Key)).Sum(p => p.Value.Cpu);
        return new Clocks(Since.Elapsed.TotalSeconds, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, children);
    }
}
