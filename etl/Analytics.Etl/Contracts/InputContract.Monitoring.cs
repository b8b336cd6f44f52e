using static Analytics.Etl.Contracts.ColumnContract;

namespace Analytics.Etl.Contracts;

/// <summary>The datasets of the media panel, the threat journal and the special monitoring regime.</summary>
public static partial class InputContract
{
    public static readonly DatasetContract Media = new(
        "media",
        [
            Id("publication_id"),
            Id("org_id"),
            new("published_at", ValueKind.Timestamp, Required: true),
            Code("platform", CodeLists.MediaPlatforms, required: true),
            Code("format", CodeLists.MediaFormats, required: true),
            new("project", ValueKind.WholeNumber) { Min = 1, Max = 5 },
            Count("reach", required: true),
            Count("views"),
            Count("engagements"),
            new("url", ValueKind.Text),
            new("best", ValueKind.Boolean),
        ],
        [KnownIdRules.OrganisationExists()])
    {
        IdColumns = ["publication_id"],
    };

    public static readonly DatasetContract ThreatJournal = new(
        "threat_journal",
        [
            Id("entry_id"),
            Id("org_id"),
            new("detected_at", ValueKind.Timestamp, Required: true),
            Code("source_type", CodeLists.ThreatSourceTypes, required: true),
            new("source_name", ValueKind.Text),
            new("author", ValueKind.Text),
            new("summary", ValueKind.Text),
            Count("reach"),
            Code("sign", CodeLists.ThreatSigns, required: true),
            Code("level", CodeLists.ThreatLevels, required: true),
            new("facts_collected_at", ValueKind.Timestamp),
            new("position_drafted_at", ValueKind.Timestamp),
            new("position_delivered_at", ValueKind.Timestamp),
        ],
        [KnownIdRules.OrganisationExists()])
    {
        IdColumns = ["entry_id"],
    };

    public static readonly DatasetContract MonitoringRegimes = new(
        "monitoring_regimes",
        [
            Id("org_id"),
            new("starts", ValueKind.Date, Required: true),
            new("ends", ValueKind.Date, Required: true),
            Code("reason", CodeLists.RegimeReasons, required: true),
        ],
        [
            KnownIdRules.OrganisationExists(),
            KnownIdRules.NotBefore("ends", "starts", new("дата не раньше starts", "starts-тан ерте емес күн")),
        ])
    {
        // methodology §13: a regime is identified by (org_id, starts, reason).
        IdColumns = ["org_id", "starts", "reason"],
    };
}
