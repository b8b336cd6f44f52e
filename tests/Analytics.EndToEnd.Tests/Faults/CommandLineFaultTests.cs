using System.Net;
using System.Net.Sockets;
using Analytics.Cli.Console;
using Analytics.Cli.Errors;
using Analytics.TestSupport;

namespace Analytics.EndToEnd.Tests.Faults;

/// <summary>
/// Issue 10, "stack traces for ordinary user and environment errors": every one exits 1 with one message in the
/// CLI's language saying what is wrong and what to do; no stack trace reaches the analyst.
/// </summary>
public sealed class CommandLineFaultTests : IDisposable
{
    private readonly TemporaryWarehouse warehouse = new();
    private readonly string reports = Path.Combine(Path.GetTempPath(), $"senim-reports-{Guid.NewGuid():N}");

    [Fact]
    public void Build_CorruptWarehouseFile_SaysSoAndExitsOne()
    {
        File.WriteAllText(warehouse.Database.Path, "not a database");

        var run = Expect(1, "build", "--cutoff", "2026-10-15");

        Assert.Contains("повреждён", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WarehouseFolderMissing_SaysWhatToRunFirst()
    {
        var run = Expect(1, "build", "--warehouse", Path.Combine(warehouse.Root, "no-such-folder", "w.duckdb"), "--lang", "kk");

        Assert.Contains("қоймасы табылмады", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShortSecret_IsRefusedInKazakh()
    {
        SmallFederation.WriteTo(warehouse);

        var run = Run(new Dictionary<string, string?> { ["SENIM_PSEUDONYM_SECRET"] = "short" }, "load", warehouse.Inbox, "--lang", "kk");

        AssertUserError(run, "16 таңбадан қысқа");
        Assert.False(File.Exists(warehouse.Database.Path));
    }

    [Fact]
    public void Load_MissingBatchFolder_SaysSoInKazakh()
    {
        AssertUserError(Run(null, "load", Path.Combine(warehouse.Root, "nothere"), "--lang", "kk"), "пакет бумасы табылмады");
    }

    [Fact]
    public void Load_FileNamedLoadReportsBesideTheWarehouse_StopsBeforeLoadingAnything()
    {
        SmallFederation.WriteTo(warehouse);
        File.WriteAllText(Path.Combine(warehouse.Root, "load-reports"), "");

        AssertUserError(Run(null, "load", warehouse.Inbox), "Ничего не загружено");
        Assert.False(File.Exists(warehouse.Database.Path));
    }

    [Fact]
    public void Load_RefusedFile_ExitsThreeAndNamesIt()
    {
        SmallFederation.WriteTo(warehouse);
        warehouse.Write("events_extra.csv", "event_id,org_id,date,participants", "E9,P1,2026-09-03,4");

        var run = Run(null, "load", warehouse.Inbox);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("не приняты файлы: events_extra.csv", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ChangedSecret_IsRefusedUnlessRotated()
    {
        SmallFederation.WriteTo(warehouse);
        Expect(0, "load", warehouse.Inbox);
        warehouse.Write("events_more.csv", "event_id,org_id,type,date,participants", "E99,P1,unified_day,2026-09-03,4");
        var other = new Dictionary<string, string?> { ["SENIM_PSEUDONYM_SECRET"] = "another-secret-of-sixteen-or-more" };

        AssertUserError(Run(other, "load", warehouse.Inbox), "--rotate-pseudonym-secret");
        Assert.Equal(0, Run(other, "load", warehouse.Inbox, "--rotate-pseudonym-secret").ExitCode);
    }

    [Fact]
    public void Build_CutoffBeforeTheCampaign_SaysSoInsteadOfAFailedDataTest()
    {
        SmallFederation.WriteTo(warehouse);
        Expect(0, "load", warehouse.Inbox);

        var run = Run(null, "build", "--cutoff", "2020-01-01");

        AssertUserError(run, "раньше начала кампании");
        Assert.DoesNotContain("offending", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PostgresUnreachableOrMalformed_SaysWhatToCheck()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        AssertUserError(Run(null, "load", "--source", $"Host=127.0.0.1;Port={port};Database=x;Username=y;Password=hunter2hunter2", "--wait", "0"), "недоступен");
        AssertUserError(Run(null, "load", "--source", "Host=;;=="), "Строка подключения --source");
        AssertUserError(Run(null, "load", "--source", "garbage==="), "Строка подключения --source не разобрана: в ней есть неизвестный ключ.");
    }

    [Fact]
    public void Load_PostgresWrongPassword_SaysWhatToCheckAndNeverPrintsThePassword()
    {
        using var postgres = new ThrowawayPostgres();

        var run = Run(null, "load", "--source", $"Host=127.0.0.1;Port={postgres.Port};Database=postgres;Username=postgres;Password=wrong-guess-4711", "--lang", "kk");

        AssertUserError(run, "құпиясөзді");
        Assert.Contains("28P01", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-guess-4711", run.Output + run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(warehouse.Database.Path));
    }

    [Fact]
    public void Form_OutFolderUnderAFile_SaysWhatIsWrong()
    {
        File.WriteAllText(Path.Combine(warehouse.Root, "a-file"), "");

        AssertUserError(Run(null, "form", "--out", Path.Combine(warehouse.Root, "a-file", "forms")), "Путь не найден");
    }

    // A read-only warehouse is a copy handed to someone who only prints: reports open it read-only and print; what
    // must write (build, load) says so. The tests mount the folder read-only, since file permissions do not stop root.
    [Fact]
    public void Report_WarehouseOnAReadOnlyFileSystem_PrintsFromIt()
    {
        var reports = BuiltWarehouseAndAReportsFolder();

        var run = AnalyticsProcess.RunOnReadOnlyFolder(warehouse.Root, warehouse.Root, "report", "weekly", "--out", reports);

        Assert.True(run.ExitCode == 0, $"exited {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.Single(Directory.EnumerateFiles(reports, "*.pdf"));
    }

    [Fact]
    public void Build_WarehouseOnAReadOnlyFileSystem_SaysItCannotWrite()
    {
        BuiltWarehouseAndAReportsFolder();

        AssertUserError(AnalyticsProcess.RunOnReadOnlyFolder(warehouse.Root, warehouse.Root, "build", "--cutoff", "2026-10-15"), "нельзя открыть на запись");
    }

    [Fact]
    public void ReportAndExtract_OutOnAReadOnlyFileSystem_SayTheFolderCannotBeWritten()
    {
        var reports = BuiltWarehouseAndAReportsFolder();

        AssertUserError(AnalyticsProcess.RunOnReadOnlyFolder(warehouse.Root, reports, "report", "weekly", "--out", reports), reports);
        AssertUserError(AnalyticsProcess.RunOnReadOnlyFolder(warehouse.Root, reports, "extract", "--out", reports, "--lang", "kk"), reports);
        Assert.Empty(Directory.EnumerateFileSystemEntries(reports));
    }

    // methodology §15: fewer than 5 answers may not be shown for a single primary, so the trust leader needs 5 or more
    [Fact]
    public void Load_TrustLeaderMinimumBelowFive_IsRefusedAsBadConfiguration()
    {
        SmallFederation.WriteTo(warehouse);
        warehouse.Write("targets.json", """{ "nominations": { "trust_leader_min_responses": 4 } }""");

        AssertUserError(Run(null, "load", warehouse.Inbox, "--lang", "kk"), "5-тен кем емес бүтін сан");
        var ru = Run(null, "load", warehouse.Inbox);
        AssertUserError(ru, "не меньше 5");
    }

    [Fact]
    public void ReportFinal_OversizedProposals_IsRefusedWithTheLimit()
    {
        var proposals = Path.Combine(warehouse.Root, "proposals.md");
        File.WriteAllText(proposals, new string('x', 300_000));

        AssertUserError(Run(null, "report", "final", "--proposals", proposals), "сократите его");
    }

    [Fact]
    public async Task ErrorBoundary_InternalError_PrintsAShortMessageAndTheLogPath()
    {
        var logs = Path.Combine(warehouse.Root, "logs");
        Environment.SetEnvironmentVariable("SENIM_LOG_DIR", logs);
        using var error = new StringWriter();
        try
        {
            var code = await ErrorBoundary.RunAsync(
                () => throw new InvalidOperationException("a fault of the product"), new CliLanguage("ru"), ["load", "--source", "Password=hunter2"], error);

            Assert.Equal(4, code);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SENIM_LOG_DIR", null);
        }

        var log = Directory.EnumerateFiles(logs).Single();
        Assert.Contains(log, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("a fault of the product", File.ReadAllText(log), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", File.ReadAllText(log), StringComparison.Ordinal);
    }

    private string BuiltWarehouseAndAReportsFolder()
    {
        SmallFederation.WriteTo(warehouse);
        Expect(0, "load", warehouse.Inbox);
        Expect(0, "build", "--cutoff", "2026-10-15");
        Directory.CreateDirectory(reports);
        return reports;
    }

    /// <summary>Exit 1, the expected words on stderr, no stack trace.</summary>
    internal static void AssertUserError(ProcessResult run, string expected)
    {
        Assert.True(run.ExitCode == 1, $"exited {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
    }

    private ProcessResult Run(IReadOnlyDictionary<string, string?>? environment, params string[] arguments) =>
        AnalyticsProcess.Run(warehouse.Root, environment, arguments);

    private ProcessResult Expect(int exitCode, params string[] arguments)
    {
        var run = AnalyticsProcess.Run(warehouse.Root, arguments);
        Assert.True(run.ExitCode == exitCode, $"analytics {string.Join(' ', arguments)} exited {run.ExitCode}, expected {exitCode}.\n{run.Output}\n{run.Error}");
        return run;
    }

    public void Dispose()
    {
        warehouse.Dispose();
        if (Directory.Exists(reports))
        {
            Directory.Delete(reports, recursive: true);
        }
    }
}
