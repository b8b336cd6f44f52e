using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;

namespace Analytics.Reports.Final;

/// <summary>The final report laid out for <c>Pdf/Templates/final.liquid</c>: its cover and sections in one language.</summary>
internal sealed record FinalReportView(CoverView Cover, IReadOnlyList<SectionView> Sections)
{
    public static FinalReportView Build(FinalReport report, ReportLanguage language)
    {
        var text = new ReportText(language);
        var campaign = report.Campaign;
        var name = text.Kazakh ? campaign.NameKk : campaign.NameRu;
        var period = text.Text("campaign_period", ("start", text.Format.Date(campaign.FirstDay)), ("end", text.Format.Date(campaign.LastDay)));
        var cover = new CoverView(
            language.Code,
            text.Text("final_document_title", ("name", name)),
            language["organisation"],
            text["final_campaign"],
            text["final_kind"],
            "«" + name + "»",
            text["final_subject"],
            period,
            null,
            text.Text("data_as_of", ("date", text.Format.Date(campaign.Cutoff))),
            report.Preliminary ? text.Text("final_preliminary", ("end", text.Format.Date(campaign.LastDay)), ("date", text.Format.Date(campaign.Cutoff))) : null,
            text["final_kind"] + " · " + text["final_subject"]);

        var sections = new List<(string Title, string Html, string Css)>
        {
            (text["final_section.results"], PeriodicTemplates.Section("results", ResultsView.Build(report, text), text), ""),
            (text["final_section.trust"], PeriodicTemplates.Section("final-trust", FinalTrustView.Build(report, text), text), "p-break"),
            (text["final_section.practices"], PeriodicTemplates.Section("gallery", report.Practices.Select(p => PracticeCard.From(p, text)).ToList(), text), "p-break"),
            (text["final_section.best"], PeriodicTemplates.Section("rating", BestOrganisations.Build(report, text), text), "p-break"),
            (text["final_section.youth"], PeriodicTemplates.Section("youth", YouthView.Build(report, text), text), "p-break"),
            (text["final_section.nominations"], PeriodicTemplates.Section("leaders", NominationLeadersView.Build(report, text), text), "p-break"),
            (text["final_section.survey"], PeriodicTemplates.Section("survey", SurveyView.Build(report, text), text), "p-break"),
            (text["final_section.monitoring"], PeriodicTemplates.Section("monitoring", CampaignMonitoringView.Build(report, text), text), "p-break"),
            (text["final_section.reporting"],
                PeriodicTemplates.Section("reporting", ReportingView.Build(report.ReportingByMonth, campaign, text), text)
                + PeriodicTemplates.Section("revisions", RevisionsView.Build(report.Revisions, campaign, text), text)
                + PeriodicTemplates.Section("quality", QualityView.Build(report.Quality, text), text), ""),
            (text["final_section.proposals"], PeriodicTemplates.Section("proposals", ProposalsView.Build(report, text), text), "p-break"),
        };

        return new FinalReportView(
            cover,
            sections.Select((s, i) => new SectionView(ReportText.Int(i + 1), s.Title, "s" + ReportText.Int(i + 1), s.Html, s.Css)).ToList());
    }
}
