using Analytics.Etl.Loading;

namespace Analytics.Etl.Tests;

/// <summary>The load report beside the warehouse speaks the command line's language.</summary>
public sealed class LoadReportTests : LoadingTestBase
{
    [Theory]
    [InlineData(false, "# Пакет 1", "| файл | набор данных | итог |", "| events.csv | events | загружен | 1 | 0 | 1 |", "\"столбец participants: ожидалось")]
    [InlineData(true, "# 1-пакет", "| файл | жиынтық | нәтиже |", "| events.csv | events | жүктелді | 1 | 0 | 1 |", "\"«participants» бағаны: күтілгені — ")]
    public void Write_InTheCommandLinesLanguage_SummaryAndQuarantineReasons(bool kazakh, string title, string header, string line, string reason)
    {
        WriteRegistry();
        Warehouse.Write("events.csv", "event_id,org_id,type,date,participants", "E1,P1,unified_day,2026-09-03,много");
        var result = Load();

        var folder = LoadReportWriter.Write(Warehouse.Database, result, kazakh);

        var summary = File.ReadAllText(Path.Combine(folder, "batch-0001.md"));
        Assert.StartsWith(title + Environment.NewLine, summary, StringComparison.Ordinal);
        Assert.Contains(header, summary, StringComparison.Ordinal);
        Assert.Contains(line, summary, StringComparison.Ordinal);
        var quarantine = File.ReadAllLines(Path.Combine(folder, "batch-0001-quarantine.csv"));
        Assert.Equal("file,dataset,row,column,value,reason", quarantine[0]);
        Assert.Contains(reason, quarantine[1], StringComparison.Ordinal);
        Assert.EndsWith(kazakh ? "табылғаны «много»\"" : "найдено «много»\"", quarantine[1], StringComparison.Ordinal);
    }
}
