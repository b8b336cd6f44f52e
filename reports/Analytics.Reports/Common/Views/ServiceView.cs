namespace Analytics.Reports.Common.Views;

/// <summary>The service block, formatted: one row per Unified day, participants of the month and to date.</summary>
internal sealed record ServiceView(string Lead, IReadOnlyList<ServiceRow> Rows, ServiceRow Total, string ThisMonthColumn, string ToDateColumn, string Reporting)
{
    public static ServiceView Build(ServiceBlock block, CampaignInfo campaign, IReadOnlyList<Reporting> reportingByMonth, ReportText text)
    {
        var month = text.MonthYear(campaign, block.Month);
        var m = block.ThisMonth;
        var d = block.ToDate;
        ServiceRow Row(string key, long participants, long participantsToDate, long days) =>
            new(text[key], text.Count(participants), text.Count(participantsToDate), text.Count(days));
        return new ServiceView(
            text.Text("service_lead", ("period", month)),
            [
                Row("service.legal_aid", m.LegalAid, d.LegalAid, m.LegalAidDays),
                Row("service.reception", m.Reception, d.Reception, m.ReceptionDays),
                Row("service.safety", m.Safety, d.Safety, m.SafetyDays),
            ],
            Row("service.total", m.Participants, d.Participants, m.Days),
            text.Text("service_col_month", ("period", month)),
            text.Text("service_col_to_date", ("month", ReportText.Int(block.Month))),
            text.Text("service_reporting", ("reporting", text.Reporting(block.Reporting)), ("months", text.ReportingByMonth(reportingByMonth.Take(block.Month).ToList()))));
    }
}

/// <param name="Days">Events of the Unified day in the month (the day itself, not its participants).</param>
internal sealed record ServiceRow(string Name, string ThisMonth, string ToDate, string Days);
