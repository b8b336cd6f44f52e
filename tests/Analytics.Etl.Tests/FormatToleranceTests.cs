using System.Text;
using Analytics.Etl.Loading;
using Analytics.TestSupport;
using ClosedXML.Excel;
using Dapper;

namespace Analytics.Etl.Tests;

/// <summary>The same registry and events in every format the contract allows give identical warehouse contents.</summary>
public sealed class FormatToleranceTests : IDisposable
{
    private static readonly string[] Events =
    [
        "event_id,org_id,type,date,participants,youth_participants,title,format,submitted_at",
        "E1,P1,unified_day,2026-09-03,1240,10,\"Единый день, Алматы\",offline,2026-09-04T10:00:00+05:00",
        "E2,P2,legal_aid_day,2026-09-10,7,,Құқықтық көмек күні,online,2026-09-11T09:30:00+05:00",
    ];

    private readonly List<TemporaryWarehouse> warehouses = [];

    public static TheoryData<string> Variants => ["utf8", "utf8-bom-semicolon", "cp1251-semicolon-local-dates", "jsonl", "xlsx-registry"];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Load_AnyAllowedFormat_GivesTheSameRowsAsPlainUtf8Csv(string variant)
    {
        var expected = LoadAndDump(warehouse =>
        {
            warehouse.Write("organisations.csv", SmallFederation.Organisations);
            warehouse.Write("events.csv", Events);
        });

        var actual = LoadAndDump(warehouse => WriteVariant(warehouse, variant));

        Assert.Equal(expected, actual);
    }

    private static void WriteVariant(TemporaryWarehouse warehouse, string variant)
    {
        switch (variant)
        {
            case "utf8":
                warehouse.Write("organisations.csv", SmallFederation.Organisations);
                warehouse.Write("events.csv", Events);
                break;
            case "utf8-bom-semicolon":
                WriteBytes(warehouse, "organisations.csv", [0xEF, 0xBB, 0xBF], Encoding.UTF8, SmallFederation.Organisations.Select(Semicolons));
                WriteBytes(warehouse, "events_2026-09.csv", [0xEF, 0xBB, 0xBF], Encoding.UTF8, Events.Select(Semicolons));
                break;
            case "cp1251-semicolon-local-dates":
                // Windows-1251 cannot carry Kazakh letters: the registry stays UTF-8, the Russian-only events go 1251
                // with DD.MM.YYYY dates, local timestamps, a thousands space and a Kazakh-free title.
                warehouse.Write("organisations.csv", SmallFederation.Organisations);
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                WriteBytes(warehouse, "events.csv", [], Encoding.GetEncoding(1251),
                [
                    "EVENT_ID;Org_Id;type;date;participants;youth_participants;title;format;submitted_at",
                    "E1;P1;unified_day;03.09.2026;1 240;10;Единый день, Алматы;offline;04.09.2026 10:00",
                ]);
                warehouse.Write("events_kk.csv", Events[0], Events[2]);
                break;
            case "jsonl":
                warehouse.Write("organisations.csv", SmallFederation.Organisations);
                warehouse.Write("events.jsonl",
                    """{"event_id":"E1","org_id":"P1","type":"unified_day","date":"2026-09-03","participants":1240,"youth_participants":10,"title":"Единый день, Алматы","format":"offline","submitted_at":"2026-09-04T05:00:00Z"}""",
                    """{"event_id":"E2","org_id":"P2","type":"legal_aid_day","date":"2026-09-10","participants":7,"youth_participants":null,"title":"Құқықтық көмек күні","format":"online","submitted_at":"2026-09-11T09:30:00+05:00"}""");
                break;
            case "xlsx-registry":
                WriteRegistryWorkbook(Path.Combine(warehouse.Inbox, "organisations.xlsx"));
                warehouse.Write("events.csv", Events);
                break;
        }
    }

    // The quoted title keeps its comma; every other comma becomes the delimiter.
    private static string Semicolons(string line) => line.Replace(',', ';').Replace("Единый день; Алматы", "Единый день, Алматы", StringComparison.Ordinal);

    private static void WriteBytes(TemporaryWarehouse warehouse, string name, byte[] preamble, Encoding encoding, IEnumerable<string> lines) =>
        File.WriteAllBytes(Path.Combine(warehouse.Inbox, name), [.. preamble, .. encoding.GetBytes(string.Join("\r\n", lines) + "\r\n")]);

    private static void WriteRegistryWorkbook(string path)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Реестр");
        var rows = SmallFederation.Organisations.Select(line => line.Split(',')).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var text = rows[r][c];
                var cell = sheet.Cell(r + 1, c + 1);
                if (r > 0 && long.TryParse(text, out var number))
                {
                    cell.Value = number;
                }
                else if (r > 0 && DateTime.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
                {
                    cell.Value = date;
                }
                else
                {
                    cell.Value = text;
                }
            }
        }

        workbook.SaveAs(path);
    }

    private string LoadAndDump(Action<TemporaryWarehouse> write)
    {
        var warehouse = new TemporaryWarehouse();
        warehouses.Add(warehouse);
        write(warehouse);
        var result = new BatchLoader(warehouse.Database, new("test-secret-of-sixteen-or-more")).Load(warehouse.Inbox);
        Assert.All(result.Files, file => Assert.Equal(0L, file.RowsQuarantined));
        using var connection = warehouse.Database.Open();
        var organisations = connection.Query<string>(
            "select concat_ws('|', org_id, level, name_ru, name_kk, sector_id, territorial_id, region, members, youth_members, valid_from, active) from raw.organisations order by all");
        var events = connection.Query<string>(
            "select concat_ws('|', event_id, org_id, type, \"date\", participants, youth_participants, title, format, submitted_at) from raw.events order by all");
        return string.Join("\n", organisations.Concat(events));
    }

    public void Dispose()
    {
        foreach (var warehouse in warehouses)
        {
            warehouse.Dispose();
        }
    }
}
