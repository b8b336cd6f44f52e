using System.Text;
using System.Text.RegularExpressions;
using Analytics.TestSupport;
using ClosedXML.Excel;
using Analytics.Etl.Loading;

namespace Analytics.Etl.Tests.Faults;

/// <summary>Issue 10, "data lost without a word": each damaged value is quarantined and named, never guessed at.</summary>
public sealed class SilentLossTests : LoadingTestBase
{
    private const string Header = "event_id,org_id,type,date,participants,youth_participants,title,format,submitted_at";

    [Fact]
    public void Load_OneInvalidByteInUtf8File_DecodesAsUtf8AndQuarantinesOnlyThatRow()
    {
        WriteRegistry();
        var good = Encoding.UTF8.GetBytes(string.Join("\n",
            Header,
            "E1,P1,unified_day,2026-09-03,40,10,Единый день профсоюза,offline,",
            "E2,P1,unified_day,2026-09-04,40,10,Встреча,offline,",
            "E3,P1,unified_day,2026-09-05,40,10,"));
        var damaged = good.Concat(Encoding.UTF8.GetBytes("Собрание"))
            .Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(",offline,\n")).ToArray();
        File.WriteAllBytes(Path.Combine(Warehouse.Inbox, "events.csv"), damaged);

        var result = LoadFile("events.csv");

        Assert.Equal((3L, 2L, 1L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
        Assert.Equal(["Единый день профсоюза", "Встреча"], Query<string>("select title from raw.events order by event_id"));
        Assert.Equal(4L, result.Examples.Single().Row);
        Assert.EndsWith("не являющихся UTF-8; повреждён столбец «title» (поле 7)", result.Examples.Single().ExpectedRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Windows1251File_StillDecodesAsWindows1251()
    {
        WriteRegistry();
        File.WriteAllBytes(Path.Combine(Warehouse.Inbox, "events.csv"), Encoding.GetEncoding(1251).GetBytes(
            Header + "\nE1,P1,unified_day,2026-09-03,40,10,Единый день профсоюза,offline,\n"));

        Assert.Equal(1L, LoadFile("events.csv").RowsLoaded);
        Assert.Equal("Единый день профсоюза", Query<string>("select title from raw.events").Single());
    }

    [Fact]
    public void Load_NulByteInId_QuarantinesTheRowInsteadOfCuttingTheId()
    {
        WriteRegistry();
        Warehouse.Write("events.csv", Header,
            "E1,P1,unified_day,2026-09-03,40,10,,offline,",
            "E1\0X,P1,unified_day,2026-09-04,99,10,,offline,");

        var result = LoadFile("events.csv");

        Assert.Equal((2L, 1L, 1L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
        Assert.Equal(40L, Query<long>("select participants from raw.events where event_id = 'E1'").Single());
        Assert.Contains("NUL", result.Examples.Single().ExpectedRu, StringComparison.Ordinal);
        Assert.EndsWith("повреждён столбец «event_id» (поле 1)", result.Examples.Single().ExpectedRu, StringComparison.Ordinal);
    }

    // escaped, since an attribute keeps its strings as UTF-8, where a lone half would already be U+FFFD
    [Theory]
    [InlineData(@"Клиника \uD800 4")]
    [InlineData(@"Клиника 4 \uD83C")]
    [InlineData(@"\uDC00Клиника 4")]
    [InlineData(@"Клиника \uDFE5\uD83C 4")]
    public void Load_XlsxCellEscapingHalfASurrogatePair_QuarantinesTheRowInsteadOfStoringAReplacement(string damagedName)
    {
        Warehouse.Write("campaign.json", SmallFederation.Campaign);
        // ClosedXML writes a lone half as an escape such as _xD800_, and reads it back as that half alone; the second
        // name holds a whole pair (🏥), which is text
        var rows = SmallFederation.Organisations.Select(line => line.Split(',')).ToList();
        rows[8][2] = Regex.Unescape(damagedName);
        Assert.DoesNotContain('\uFFFD', rows[8][2]);
        rows[7][2] = "Больница 3 \U0001F3E5";
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.Worksheets.Add("Реестр");
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    sheet.Cell(r + 1, c + 1).Value = rows[r][c];
                }
            }

            workbook.SaveAs(Path.Combine(Warehouse.Inbox, "organisations.xlsx"));
        }

        var result = LoadFile("organisations.xlsx");

        Assert.Equal(1L, result.RowsQuarantined);
        Assert.Equal(9L, result.Examples.Single().Row);
        Assert.Contains("UTF-8", result.Examples.Single().ExpectedRu, StringComparison.Ordinal);
        Assert.Empty(Query<string>("select org_id from raw.organisations where org_id = 'P4'"));
        Assert.Equal(["Больница 3 \U0001F3E5"], Query<string>("select distinct name_ru from raw.organisations where org_id = 'P3' and valid_from is null"));
    }

    [Theory]
    [InlineData("\"12,345\"")]
    [InlineData("0.001")]
    [InlineData("\"1 250 000,505\"")]
    public void Load_AmountWithMoreThanTwoDecimals_IsQuarantinedNotRounded(string amount)
    {
        WriteRegistry();
        Warehouse.Write("cases.csv",
            "case_id,org_id,category,title,problem,actions,result,workers_helped,amount_kzt,decided_at,status,best_practice,submitted_at",
            $"C1,P1,wage_recovery,Долг,Задержка,Переговоры,Выплачено,12,{amount},2026-09-10,published,true,2026-09-15T10:00:00+05:00",
            "C2,P1,wage_recovery,Долг,Задержка,Переговоры,Выплачено,12,\"12,34\",2026-09-10,published,true,2026-09-15T10:00:00+05:00");

        var result = LoadFile("cases.csv");

        Assert.Equal((2L, 1L, 1L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
        Assert.Equal("amount_kzt", result.Examples.Single().Column);
        Assert.Equal(12.34m, Query<decimal>("select amount_kzt from raw.cases").Single());
    }

    [Fact]
    public void Load_JsonLinesWhoseOnlyLineIsBroken_QuarantinesTheLineInsteadOfCallingTheFileEmpty()
    {
        WriteRegistry();
        Warehouse.Write("events.jsonl", "{\"event_id\": \"E1\", \"org_id\": \"P1\"");

        var result = LoadFile("events.jsonl");

        Assert.Equal(FileLoadStatus.Loaded, result.Status);
        Assert.Equal((1L, 0L, 1L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
    }

    [Fact]
    public void Load_JsonLinesNestedDeeperThanTheLimit_QuarantinesTheLine()
    {
        WriteRegistry();
        var deep = new string('[', 100) + new string(']', 100);
        Warehouse.Write("events.jsonl",
            "{\"event_id\": \"E1\", \"org_id\": \"P1\", \"type\": \"unified_day\", \"date\": \"2026-09-03\", \"participants\": 4}",
            "{\"event_id\": \"E2\", \"title\": " + deep + "}");

        var result = LoadFile("events.jsonl");

        Assert.Equal((2L, 1L, 1L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
    }
}
