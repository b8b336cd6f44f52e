using Analytics.TestSupport;

namespace Analytics.EndToEnd.Tests;

/// <summary>
/// The small federation loaded and built at 15.10.2026 through the command line, once per test class: each test
/// copies the warehouse file and works on its own copy.
/// </summary>
public sealed class SmallFederationAtMidOctober : IDisposable
{
    private readonly TemporaryWarehouse warehouse = new();

    public SmallFederationAtMidOctober()
    {
        SmallFederation.WriteTo(warehouse);
        foreach (var arguments in new[] { new[] { "load", warehouse.Inbox }, ["build", "--cutoff", "2026-10-15"] })
        {
            var run = AnalyticsProcess.Run(warehouse.Root, arguments);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"analytics {string.Join(' ', arguments)} exited {run.ExitCode}.\n{run.Output}\n{run.Error}");
            }
        }
    }

    /// <summary>Copies the built warehouse into <paramref name="target"/>, whose own warehouse file must not exist yet.</summary>
    public void CopyTo(TemporaryWarehouse target) => File.Copy(warehouse.Database.Path, target.Database.Path);

    public void Dispose() => warehouse.Dispose();
}
