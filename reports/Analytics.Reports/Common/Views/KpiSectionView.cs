namespace Analytics.Reports.Common.Views;

/// <summary>A KPI table with its lead and, for monthly reports, the month's control indicator.</summary>
/// <param name="Lead">What the figures are: campaign to date, as of the cut-off.</param>
/// <param name="Control">M-k; null when the report has none.</param>
/// <param name="ControlLead">"Контрольный показатель месяца 2 (по Федерации в целом)".</param>
internal sealed record KpiSectionView(string Lead, IReadOnlyList<KpiRow> Rows, string? ControlLead, IReadOnlyList<KpiRow> Control)
{
    /// <param name="reportingByMonth">Completeness of every month started, next to F1 and F4 (methodology §11).</param>
    public static KpiSectionView Build(
        IReadOnlyList<KpiResult> kpis,
        KpiResult? control,
        int? month,
        ReportScope scope,
        CampaignInfo campaign,
        IReadOnlyList<Reporting> reportingByMonth,
        ReportText text)
    {
        var reportingNote = text.Text("kpi_reporting_note", ("months", text.ReportingByMonth(reportingByMonth)));
        var lead = text.Text("kpi_lead", ("date", text.Format.Date(campaign.Cutoff)));
        if (month is { } m && campaign.IsComplete(m) && campaign.MonthEnd(m) < campaign.Cutoff)
        {
            lead += " " + text.Text("kpi_lead_after_month", ("month", ReportText.Int(m)));
        }

        var rows = kpis.Select(k => KpiRow.From(k, text, campaign, k.BuiltOnMonthlyReports ? reportingNote : null)).ToList();
        var controlRows = control is null ? [] : new List<KpiRow> { KpiRow.From(control, text, campaign, null) };
        string? controlLead = null;
        if (control is not null && month is { } k)
        {
            controlLead = text.Text(scope.IsFederation ? "control_lead" : "control_lead_union", ("month", ReportText.Int(k)));
        }

        return new KpiSectionView(lead, rows, controlLead, controlRows);
    }
}

/// <summary>Completeness of reporting of one group, by month.</summary>
internal sealed record ReportingView(string Lead, IReadOnlyList<ReportingRow> Rows)
{
    public static ReportingView Build(IReadOnlyList<Reporting> months, CampaignInfo campaign, ReportText text) => new(
        text["reporting_lead"],
        months.Select(r => new ReportingRow(
            text.MonthYear(campaign, r.Month) + (campaign.IsComplete(r.Month) ? "" : " " + text["month_in_progress_mark"]),
            text.Count(r.ActivePrimaries),
            text.Count(r.Reported),
            text.Share(r.Share))).ToList());
}

internal sealed record ReportingRow(string Month, string Active, string Reported, string Share);
