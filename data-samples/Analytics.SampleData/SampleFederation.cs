using Analytics.SampleData.Ambassadors;
using Analytics.SampleData.Appeals;
using Analytics.SampleData.Cases;
using Analytics.SampleData.Config;
using Analytics.SampleData.Confirmations;
using Analytics.SampleData.Events;
using Analytics.SampleData.Media;
using Analytics.SampleData.Registry;
using Analytics.SampleData.Reports;
using Analytics.SampleData.Surveys;
using Analytics.SampleData.Threats;
using Analytics.SampleData.Trainings;

namespace Analytics.SampleData;

/// <summary>Writes a synthetic, seeded federation in the input contract's format.</summary>
public static class SampleFederation
{
    /// <summary>
    /// Writes every dataset file into <paramref name="directory"/> (created if missing; existing files are replaced).
    /// The same options always give byte-identical files.
    /// </summary>
    /// <returns>File name → data rows written (the header not counted; 1 for each JSON file).</returns>
    public static IReadOnlyDictionary<string, long> Write(string directory, SampleOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(options);
        var calendar = CampaignCalendar.Parse(options.StartMonth);
        Directory.CreateDirectory(directory);

        var registry = RegistryGenerator.Generate(options, calendar);
        var context = new SampleContext(directory, options, calendar, registry);
        var rows = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            [OrganisationsWriter.FileName] = OrganisationsWriter.Write(context.PathOf(OrganisationsWriter.FileName), registry),
            [EventsWriter.FileName] = EventsWriter.Write(context),
        };

        // Monthly reports point at help stories, so cases come first.
        var (caseRows, caseBook) = CasesWriter.Write(context);
        rows[OrgReportsWriter.FileName] = OrgReportsWriter.Write(context, caseBook);
        rows[AppealsWriter.FileName] = AppealsWriter.Write(context).Rows;
        rows[CasesWriter.FileName] = caseRows;
        rows[MediaWriter.FileName] = MediaWriter.Write(context);
        var (journalRows, hotOrgId) = ThreatJournalWriter.Write(context);
        rows[ThreatJournalWriter.FileName] = journalRows;
        rows[MonitoringRegimesWriter.FileName] = MonitoringRegimesWriter.Write(context, hotOrgId);
        rows[SurveysWriter.FileName] = SurveysWriter.Write(context);
        rows[TrainingsWriter.FileName] = TrainingsWriter.Write(context);
        rows[AmbassadorsWriter.FileName] = AmbassadorsWriter.Write(context);
        rows[ConfirmationsWriter.FileName] = ConfirmationsWriter.Write(context);

        ConfigWriter.WriteCampaign(context.PathOf(ConfigWriter.CampaignFile), options.StartMonth);
        rows[ConfigWriter.CampaignFile] = 1;
        ConfigWriter.WriteTargets(context.PathOf(ConfigWriter.TargetsFile));
        rows[ConfigWriter.TargetsFile] = 1;
        return rows;
    }
}
