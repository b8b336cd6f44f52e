using Analytics.Etl.Forms;
using Analytics.Etl.Loading;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using ClosedXML.Excel;

namespace Analytics.Etl.Tests;

public sealed class MonthlyFormTests : LoadingTestBase
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Load_FilledFormInEitherLanguage_LoadsReportAndEvents(bool kazakh)
    {
        WriteRegistry();
        var path = Path.Combine(Warehouse.Inbox, "org_report_P1_2026-09.xlsx");
        MonthlyReportFormTemplate.Write(path, kazakh);
        MonthlyForms.Fill(path, new Dictionary<string, object>
        {
            ["org_id"] = "P1", ["period"] = "2026-09", ["workers_reached_month"] = 40, ["workers_reached_total"] = 40,
            ["appeals_offline"] = 3, ["legal_aid_consultations"] = 5, ["reception_visitors"] = 2, ["safety_participants"] = 11,
        },
        [
            ["", "unified_day", new DateTime(2026, 9, 3), 35, 10, kazakh ? "Бірыңғай кәсіподақ күні" : "Единый профсоюзный день", "offline"],
            ["P1-own-7", "legal_aid_day", new DateTime(2026, 9, 9), 12, "", "", "online"],
        ]);

        var files = Load().Files.Where(file => file.FileName == "org_report_P1_2026-09.xlsx").ToList();

        Assert.Equal([("events", 2L, 0L), ("org_reports", 1L, 0L)], files.Select(file => (file.Dataset!, file.RowsLoaded, file.RowsQuarantined)).Order());
        Assert.Equal(11L, Query<long>("select safety_participants from raw.org_reports where org_id = 'P1' and period = '2026-09'").Single());
        // input contract: a blank event_id on the form becomes <org_id>-<period>-<row>; the first event is on sheet row 2.
        Assert.Equal(["P1-2026-09-2", "P1-own-7"], Query<string>("select event_id from raw.events order by event_id"));
    }

    /// <summary>A form feeds two datasets, so the loaded files are one row per file and dataset, and a build passes its tests.</summary>
    [Fact]
    public void Build_AfterAFilledForm_PassesAndListsTheFormOncePerDataset()
    {
        WriteRegistry();
        var path = Path.Combine(Warehouse.Inbox, "org_report_P1_2026-09.xlsx");
        MonthlyReportFormTemplate.Write(path, kazakh: false);
        MonthlyForms.Fill(path, new Dictionary<string, object>
        {
            ["org_id"] = "P1", ["period"] = "2026-09", ["workers_reached_month"] = 40, ["workers_reached_total"] = 40,
            ["appeals_offline"] = 3, ["legal_aid_consultations"] = 5, ["reception_visitors"] = 2, ["safety_participants"] = 11,
        },
        [["", "unified_day", new DateTime(2026, 9, 3), 35, 10, "Единый профсоюзный день", "offline"]]);
        Load();

        using (var connection = Warehouse.Database.Open())
        {
            ModelRunner.Shipped().Build(connection, new DateOnly(2026, 9, 30), "test");
        }

        Assert.Equal(
            [("events", 1L), ("org_reports", 1L)],
            Query<(string, long)>("select dataset, rows_loaded from marts.dim_input_files where file_name = 'org_report_P1_2026-09.xlsx' order by dataset"));
        Assert.Equal([40L], Query<long>("select workers_reached_total from marts.fct_org_reports where org_id = 'P1'"));
    }

    /// <summary>
    /// Input contract, re-delivery: the latest submitted_at wins. An older copy of a form delivered later must not bring
    /// its events back beside the newer report: the form's events carry its submitted_at.
    /// </summary>
    [Fact]
    public void Load_OlderCopyOfAFormDeliveredLater_KeepsTheNewerFormsEventsWithItsReport()
    {
        WriteRegistry();
        void Deliver(string fileName, string submittedAt, int reached, int participants)
        {
            var path = Path.Combine(Warehouse.Inbox, fileName);
            MonthlyReportFormTemplate.Write(path, kazakh: false);
            MonthlyForms.Fill(path, new Dictionary<string, object>
            {
                ["org_id"] = "P1", ["period"] = "2026-09", ["workers_reached_month"] = reached, ["workers_reached_total"] = reached,
                ["appeals_offline"] = 0, ["legal_aid_consultations"] = 0, ["reception_visitors"] = 0, ["safety_participants"] = 0,
                ["submitted_at"] = submittedAt,
            },
            [["", "unified_day", new DateTime(2026, 9, 3), participants, 0, "Единый профсоюзный день", "offline"]]);
            Load();
            Warehouse.ClearInbox();
        }

        Deliver("org_report_P1.xlsx", "06.10.2026 10:00", reached: 40, participants: 50);
        Deliver("org_report_P1_old.xlsx", "05.10.2026 10:00", reached: 15, participants: 15);
        using (var connection = Warehouse.Database.Open())
        {
            ModelRunner.Shipped().Build(connection, new DateOnly(2026, 10, 31), "test");
        }

        Assert.Equal([40L], Query<long>("select workers_reached_month from staging.stg_inbox__org_reports where org_id = 'P1'"));
        Assert.Equal([("P1-2026-09-2", 50L)], Query<(string, long)>("select event_id, participants from staging.stg_inbox__events where org_id = 'P1'"));
        Assert.Equal(2, Query<DateTime>("select submitted_at from raw.events where event_id = 'P1-2026-09-2'").Distinct().Count());
    }

    /// <summary>Excel makes «2026-09» typed into the period's cell the date 01.09.2026: that is the month; the 15th is no month.</summary>
    [Theory]
    [InlineData(1, 1L, 0L)]
    [InlineData(15, 0L, 1L)]
    public void Load_PeriodTypedAsADate_IsItsMonthOnlyOnTheFirst(int day, long loaded, long quarantined)
    {
        WriteRegistry();
        var path = Path.Combine(Warehouse.Inbox, "org_report_P1.xlsx");
        MonthlyReportFormTemplate.Write(path, kazakh: false);
        MonthlyForms.Fill(path, new Dictionary<string, object>
        {
            ["org_id"] = "P1", ["period"] = new DateTime(2026, 9, day), ["workers_reached_month"] = 4, ["workers_reached_total"] = 4,
            ["appeals_offline"] = 0, ["legal_aid_consultations"] = 0, ["reception_visitors"] = 0, ["safety_participants"] = 0,
        },
        [["", "unified_day", new DateTime(2026, 9, 3), 35, 10, "Единый профсоюзный день", "offline"]]);

        var files = Load().Files;
        var report = files.Single(file => file.Dataset == "org_reports");
        var events = files.Single(file => file.Dataset == "events");

        Assert.Equal((loaded, quarantined), (report.RowsLoaded, report.RowsQuarantined));
        Assert.Equal(loaded == 1 ? ["2026-09"] : [], Query<string>("select period from raw.org_reports"));
        Assert.Equal(quarantined == 1 ? [("period", "2026-09-15")] : [], report.Examples.Select(cell => (cell.Column!, cell.Value!)));
        // no event is named after a period that is no month: the corrected form's would be other ids, counted twice
        Assert.Equal((loaded, quarantined), (events.RowsLoaded, events.RowsQuarantined));
        Assert.Equal(loaded == 1 ? ["P1-2026-09-2"] : [], Query<string>("select event_id from raw.events"));
        Assert.Equal(
            quarantined == 1 ? [(2L, "event_id, или месяц отчёта формы (period) в виде ГГГГ-ММ, из которого код мероприятия составляется", "2026-09-15")] : [],
            events.Examples.Select(cell => (cell.Row, cell.ExpectedRu, cell.Value!)));
    }

    [Fact]
    public void Load_FormWithBadCell_QuarantinesNamingFieldAndSheetRow()
    {
        WriteRegistry();
        var path = Path.Combine(Warehouse.Inbox, "org_report_P2.xlsx");
        MonthlyReportFormTemplate.Write(path, kazakh: false);
        MonthlyForms.Fill(path, new Dictionary<string, object>
        {
            ["org_id"] = "P2", ["period"] = "2026-09", ["workers_reached_month"] = 4, ["workers_reached_total"] = "сорок",
            ["appeals_offline"] = 0, ["legal_aid_consultations"] = 0, ["reception_visitors"] = 0, ["safety_participants"] = 0,
        },
        []);

        var report = Load().Files.Single(file => file.FileName == "org_report_P2.xlsx" && file.Dataset == "org_reports");

        Assert.Equal(1L, report.RowsQuarantined);
        Assert.Equal(("workers_reached_total", "сорок"), (report.Examples[0].Column, report.Examples[0].Value));
    }

    /// <summary>A filled form of P3 for September with one event, then changed in Excel by <paramref name="edit"/>.</summary>
    private string FormEditedBy(Action<XLWorkbook> edit)
    {
        WriteRegistry();
        var path = Path.Combine(Warehouse.Inbox, "org_report_P3.xlsx");
        MonthlyReportFormTemplate.Write(path, kazakh: false);
        MonthlyForms.Fill(path, new Dictionary<string, object>
        {
            ["org_id"] = "P3", ["period"] = "2026-09", ["workers_reached_month"] = 20, ["workers_reached_total"] = 20,
            ["appeals_offline"] = 0, ["legal_aid_consultations"] = 0, ["reception_visitors"] = 0, ["safety_participants"] = 0,
        },
        [["", "members_meeting", new DateTime(2026, 9, 10), 12, 0, "Собрание", "offline"]]);
        using (var workbook = new XLWorkbook(path))
        {
            edit(workbook);
            workbook.Save();
        }

        return path;
    }

    [Theory]
    [InlineData("deleted", 0L)]
    [InlineData("renamed", 1L)]
    public void Load_FormWithoutItsNamedEventsSheet_LoadsTheReportAndTheSecondSheetsEvents(string how, long events)
    {
        FormEditedBy(workbook =>
        {
            if (how == "deleted")
            {
                workbook.Worksheet(2).Delete();
            }
            else
            {
                workbook.Worksheet(2).Name = "Лист2";
            }
        });

        var files = Load().Files.Where(file => file.FileName == "org_report_P3.xlsx").ToList();

        Assert.All(files, file => Assert.Equal(FileLoadStatus.Loaded, file.Status));
        Assert.Equal([20L], Query<long>("select workers_reached_month from raw.org_reports"));
        Assert.Equal(events, Query<long>("select count(*) from raw.events").Single());
    }

    /// <summary>A form is one submission: a sheet that cannot be read refuses the whole form, saying which sheet and why.</summary>
    [Theory]
    [InlineData("report", "лист отчёта («Отчет»): нет обязательных столбцов: workers_reached_month")]
    [InlineData("events", "лист мероприятий («Мероприятия»): столбцы названы дважды: org_id")]
    public void Load_FormWithASheetThatCannotBeRead_RefusesBothPartsNamingTheSheet(string sheet, string message)
    {
        FormEditedBy(workbook =>
        {
            if (sheet == "report")
            {
                var label = workbook.Worksheet(1).Column(1).CellsUsed().Single(cell => cell.GetString().EndsWith("(workers_reached_month)", StringComparison.Ordinal));
                label.Value = "Охвачено членов профсоюза в месяц";
            }
            else
            {
                var events = workbook.Worksheet(2);
                events.Cell(1, events.LastColumnUsed()!.ColumnNumber() + 1).Value = "org_id";
            }
        });

        var result = Load();
        var form = Assert.Single(result.Files, file => file.FileName == "org_report_P3.xlsx");

        Assert.Equal(FileLoadStatus.Refused, form.Status);
        Assert.StartsWith("форма не принята целиком, ни отчёт, ни мероприятия: ", form.Message, StringComparison.Ordinal);
        Assert.Contains(message, form.Message, StringComparison.Ordinal);
        Assert.Equal([0L, 0L], Query<long>("select (select count(*) from raw.org_reports) union all select (select count(*) from raw.events)"));
    }

    /// <summary>Input contract: an unknown column is ignored with a warning; on the form, a row whose label it does not know.</summary>
    [Fact]
    public void Load_FormWithARowOfAnUnknownLabel_LoadsWithAWarningNamingIt()
    {
        FormEditedBy(workbook =>
        {
            workbook.Worksheet(1).Row(30).Cell(1).Value = "Охвачено за месяц";
            workbook.Worksheet(1).Row(30).Cell(2).Value = 555;
        });

        var report = Load().Files.Single(file => file.FileName == "org_report_P3.xlsx" && file.Dataset == "org_reports");

        Assert.Equal((FileLoadStatus.Loaded, 1L), (report.Status, report.RowsLoaded));
        Assert.Contains(report.Warnings, warning => warning.Ru.Contains("охвачено за месяц", StringComparison.Ordinal));
        Assert.Equal([20L], Query<long>("select workers_reached_month from raw.org_reports"));
    }

    /// <summary>A field given twice on the form is a column named twice: one value would silently win, so the form is refused.</summary>
    [Fact]
    public void Load_FormWithAFieldGivenTwice_IsRefusedNamingIt()
    {
        FormEditedBy(workbook =>
        {
            var sheet = workbook.Worksheet(1);
            var label = sheet.Column(1).CellsUsed().Single(cell => cell.GetString().EndsWith("(workers_reached_month)", StringComparison.Ordinal));
            sheet.Row(30).Cell(1).Value = label.GetString();
            sheet.Row(30).Cell(2).Value = 999;
        });

        var form = Assert.Single(Load().Files, file => file.FileName == "org_report_P3.xlsx");

        Assert.Equal(FileLoadStatus.Refused, form.Status);
        Assert.Contains("лист отчёта («Отчет»): столбцы названы дважды: workers_reached_month", form.Message, StringComparison.Ordinal);
    }

    /// <summary>A formula saved without its result, as scripts write them, that fails: only its row is quarantined, naming the column.</summary>
    [Theory]
    [InlineData("1/0", "#DIV/0!")]
    [InlineData("NOSUCHFUNCTION(1)", "#NAME?")]
    public void Load_FormulaThatFailsWithoutASavedResult_QuarantinesTheReportNamingTheField(string formula, string shown)
    {
        FormEditedBy(workbook =>
        {
            var label = workbook.Worksheet(1).Column(1).CellsUsed().Single(cell => cell.GetString().EndsWith("(appeals_offline)", StringComparison.Ordinal));
            label.CellRight().FormulaA1 = formula;
        });

        var files = Load().Files.Where(file => file.FileName == "org_report_P3.xlsx").ToDictionary(file => file.Dataset!);

        Assert.Equal((0L, 1L), (files["org_reports"].RowsLoaded, files["org_reports"].RowsQuarantined));
        Assert.Equal(("appeals_offline", shown), (files["org_reports"].Examples[0].Column, files["org_reports"].Examples[0].Value));
        Assert.Equal(1L, files["events"].RowsLoaded);
    }

    [Fact]
    public void Template_HasBothSheetsWithLabelsNamingEveryField()
    {
        var path = Path.Combine(Warehouse.Root, "template.xlsx");
        MonthlyReportFormTemplate.Write(path, kazakh: true);

        using var workbook = new XLWorkbook(path);
        Assert.True(workbook.TryGetWorksheet("Есеп", out var report));
        Assert.True(workbook.TryGetWorksheet("Іс-шаралар", out _));
        var labels = report.Column(1).CellsUsed().Select(cell => cell.GetString()).ToList();
        Assert.All(FormLabels.ReportFields, field => Assert.Contains(labels, label => label.EndsWith($"({field.Field})", StringComparison.Ordinal)));
    }
}
