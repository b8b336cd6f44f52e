using System.Text.RegularExpressions;
using Analytics.Reports.Common;
using Analytics.TestSupport;

namespace Analytics.Reports.Tests.Pipeline;

/// <summary>Every number a report prints comes from a mart: report code reads <c>marts.*</c> only, and only through <see cref="Marts"/>.</summary>
public sealed partial class MartsOnlyTests
{
    private static readonly string ReportsSource = Path.Combine(RepositoryRoot.Path, "reports", "Analytics.Reports");

    public static TheoryData<string> SourceFiles() =>
        new(Directory.EnumerateFiles(ReportsSource, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(ReportsSource, path))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void ReportSource_NamesNoSchemaButMarts(string file)
    {
        var text = File.ReadAllText(Path.Combine(ReportsSource, file));

        var outside = Marts.RelationsOutsideMarts(text);

        Assert.True(outside.Count == 0, $"{file} names {string.Join(", ", outside)}: report code reads marts.* only.");
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void ReportSource_QueriesOnlyThroughTheMartGateway(string file)
    {
        var text = File.ReadAllText(Path.Combine(ReportsSource, file));

        Assert.True(file == Path.Combine("Common", "Marts.cs") || !DirectDapper().IsMatch(text),
            $"{file} queries the warehouse with Dapper directly: use Marts.Query/One/SingleOrDefault, which type every row and read marts only.");
        Assert.DoesNotContain("dynamic", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("select * from staging.stg_inbox__events", "staging.stg_inbox__events")]
    [InlineData("select * from marts.fct_events e join intermediate.int_events_dated d using (event_id)", "intermediate.int_events_dated")]
    [InlineData("select count(*) from RAW.load_journal", "raw.load_journal")]
    [InlineData("select cutoff from config.build", "config.build")]
    public void Gateway_QueryOutsideMarts_IsRefusedBeforeItRuns(string sql, string named)
    {
        using var warehouse = new TemporaryWarehouse();
        using var connection = warehouse.Database.Open();

        var refusal = Assert.Throws<InvalidOperationException>(() => Marts.Query<long>(connection, sql));

        Assert.Contains(named, refusal.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"using Dapper;|(?<!\bMarts)\.(?:Query|QuerySingle|QuerySingleOrDefault|QueryFirst|ExecuteScalar|Execute)\s*[<(]")]
    private static partial Regex DirectDapper();
}
