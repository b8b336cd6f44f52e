using System.IO.Compression;
using Analytics.SampleData;
using Analytics.TestSupport;
using Dapper;
using DuckDB.NET.Data;
using UglyToad.PdfPig;

namespace Analytics.EndToEnd.Tests;

/// <summary>
/// Methodology §10, §12: a threat journal's author, source name and summary never leave the warehouse. The sample
/// federation with journal entries whose author, source name and summary are unique markers goes through the command
/// line — load, build, both extracts, every report family — and no output file holds a marker: not a PDF's text, an
/// XLSX's cells, a Parquet or CSV extract, the data dictionary, a manifest or a load report.
/// </summary>
public sealed class OutputPrivacyTests : IDisposable
{
    private static readonly string[] Markers = ["АвторМаркерQ7Z", "ИсточникМаркерK4W", "СводкаМаркерJ9X"];

    private readonly TemporaryWarehouse warehouse = new();

    [Fact]
    public void EveryOutput_AfterEveryCommand_HoldsNoJournalAuthorSourceOrSummary()
    {
        SampleFederation.Write(warehouse.Inbox, new SampleOptions());
        var union = AddMarkedEntries(Path.Combine(warehouse.Inbox, "threat_journal.csv"));

        Expect("load", warehouse.Inbox);
        Expect("build", "--cutoff", "2026-12-31");
        Expect("extract", "--out", "extracts/parquet", "--format", "parquet");
        Expect("extract", "--out", "extracts/csv", "--format", "csv");
        Expect("report", "weekly", "--lang", "ru", "--out", "reports");
        Expect("report", "weekly", "--lang", "kk", "--out", "reports");
        Expect("report", "monthly", "--scope", "federation", "--out", "reports");
        Expect("report", "monthly", "--org", union, "--out", "reports");
        Expect("report", "quarterly", "--out", "reports");
        Expect("report", "final", "--out", "reports");
        Expect("report", "threats", "--out", "reports");
        Expect("report", "threats", "--org", union, "--out", "reports");

        using (var connection = warehouse.Database.Open())
        {
            // the marked entries were loaded, not quarantined: the warehouse holds them, its outputs must not
            Assert.Equal(3L, connection.ExecuteScalar<long>(
                "select count(*) from raw.threat_journal where author = $author and source_name = $source and summary = $summary",
                new { author = Markers[0], source = Markers[1], summary = Markers[2] }));
        }

        var outputs = Directory.EnumerateFiles(warehouse.Root, "*", SearchOption.AllDirectories)
            .Where(path => !path.StartsWith(warehouse.Inbox, StringComparison.Ordinal) && !Path.GetFileName(path).StartsWith("warehouse.duckdb", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(outputs, path => path.EndsWith(".parquet", StringComparison.Ordinal));
        Assert.Contains(outputs, path => Path.GetFileName(path).StartsWith($"threats-2026-12-31-{union}-", StringComparison.Ordinal));
        var leaks = outputs
            .SelectMany(path => Markers.Where(TextOf(path).Contains).Select(marker => $"{Path.GetRelativePath(warehouse.Root, path)}: {marker}"))
            .ToList();

        Assert.Empty(leaks);
    }

    /// <summary>Three entries of the first journal-keeping union, in its last month, each carrying the markers; returns the union.</summary>
    private static string AddMarkedEntries(string journal)
    {
        var lines = File.ReadAllLines(journal).ToList();
        var header = lines[0].Split(',');
        var union = lines[1].Split(',')[Array.IndexOf(header, "org_id")];
        foreach (var (id, sign, level) in new[] { ("MARK1", "election_interference", "critical"), ("MARK2", "coordinated_publication", "high"), ("MARK3", "criticism", "low") })
        {
            var cells = new Dictionary<string, string>
            {
                ["entry_id"] = id, ["org_id"] = union, ["detected_at"] = "2026-12-20T10:00:00+05:00", ["source_type"] = "telegram",
                ["source_name"] = Markers[1], ["author"] = Markers[0], ["summary"] = Markers[2], ["sign"] = sign, ["level"] = level,
            };
            lines.Add(string.Join(',', header.Select(column => cells.GetValueOrDefault(column, ""))));
        }

        File.WriteAllLines(journal, lines);
        return union;
    }

    private static string TextOf(string path) => Path.GetExtension(path) switch
    {
        ".pdf" => PdfText(path),
        ".xlsx" => ZipText(path),
        ".parquet" => ParquetText(path),
        _ => File.ReadAllText(path),
    };

    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        // a line break inside a cell leaves no space; markers are compared without white space too
        return string.Concat(string.Concat(pdf.GetPages().Select(page => page.Text)).Where(c => !char.IsWhiteSpace(c)));
    }

    private static string ZipText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return string.Concat(zip.Entries.Select(entry =>
        {
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd();
        }));
    }

    private static string ParquetText(string path)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return string.Join("\n", connection.Query<string>("select t::varchar from read_parquet($path) t", new { path }));
    }

    private void Expect(params string[] arguments)
    {
        var run = AnalyticsProcess.Run(warehouse.Root, arguments);
        Assert.True(run.ExitCode == 0, $"analytics {string.Join(' ', arguments)} → {run.ExitCode}: {run.Error}");
    }

    public void Dispose() => warehouse.Dispose();
}
