using System.Text;
using Analytics.TestSupport;
using Dapper;

namespace Analytics.EndToEnd.Tests.Faults;

/// <summary>
/// Records stream from the file while they are loaded, so a file can fail past its first rows: that file is refused
/// whole with a message naming it and the line, the batch's other files load, and the exit code is 3, never 4.
/// </summary>
public sealed class RecordPastTheFirstBlockTests : IDisposable
{
    private const int GoodRows = 2_000;

    private readonly TemporaryWarehouse warehouse = new();

    [Fact]
    public void Load_RecordLongerThanTheReaderHoldsPastTheFirstBlock_RefusesThatFileAndLoadsTheOthers()
    {
        SmallFederation.WriteTo(warehouse);
        WriteEventsWithAnUnclosedQuote("events_late.csv");

        var run = AnalyticsProcess.Run(warehouse.Root, "load", warehouse.Inbox);

        Assert.True(run.ExitCode == 3, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        // Line 1 is the header, lines 2..2001 the good rows: the broken record starts on line 2002.
        Assert.Contains("events_late.csv: файл не принят — запись, начинающаяся в строке 2002, длиннее 16777216 символов", run.Output, StringComparison.Ordinal);
        Assert.Contains("не приняты файлы: events_late.csv", run.Output, StringComparison.Ordinal);
        Assert.Contains($"cases.csv: прочитано {SmallFederation.Cases.Length - 1}, загружено {SmallFederation.Cases.Length - 1}", run.Output, StringComparison.Ordinal);
        using var connection = warehouse.Database.Open();
        Assert.Equal(0, connection.ExecuteScalar<long>("select count(*) from raw.events where source_file = 'events_late.csv'"));
        Assert.Equal(SmallFederation.Events.Length - 1, connection.ExecuteScalar<long>("select count(*) from raw.events where source_file = 'events.csv'"));
    }

    /// <summary>2,000 good events (about 100 KB, past the reader's first buffer), then a title whose quote never closes.</summary>
    private void WriteEventsWithAnUnclosedQuote(string fileName)
    {
        var text = new StringBuilder(SmallFederation.Events[0]).Append('\n');
        for (var row = 1; row <= GoodRows; row++)
        {
            text.Append("EL").Append(row).Append(",P1,members_meeting,2026-09-10,30,,Собрание коллектива,offline,\n");
        }

        text.Append("EL-broken,P1,members_meeting,2026-09-11,30,,\"").Append('x', 17 << 20).Append(",offline,\n");
        File.WriteAllText(Path.Combine(warehouse.Inbox, fileName), text.ToString());
    }

    public void Dispose() => warehouse.Dispose();
}
