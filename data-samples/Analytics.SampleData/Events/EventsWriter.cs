using Analytics.SampleData.Infrastructure;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Events;

/// <summary>events.csv: the federation's and unions' own events, then the primaries' events, streamed.</summary>
internal static class EventsWriter
{
    public const string FileName = "events.csv";

    public static long Write(SampleContext context)
    {
        var random = context.RandomFor("events");
        using var csv = new CsvWriter(context.PathOf(FileName), EventRow.Columns);
        var rows = new EventRow(csv, random);
        var calendar = context.Calendar;

        UnionEvents.WriteFederation(rows, random, calendar);
        foreach (var sector in SampleRegistry.Sectors)
        {
            UnionEvents.WriteSector(rows, random, sector, calendar);
        }

        foreach (var territory in SampleRegistry.Territories)
        {
            UnionEvents.WriteTerritory(rows, random, territory, calendar);
        }

        foreach (var primary in context.Registry.Primaries)
        {
            PrimaryEvents.Write(rows, random, primary, calendar);
        }

        return csv.Rows;
    }
}
