using static Analytics.Etl.Contracts.ColumnContract;

namespace Analytics.Etl.Contracts;

/// <summary>The datasets of input contract v1 that the loader reads, in the order a batch loads them.</summary>
public static partial class InputContract
{
    public static readonly DatasetContract Organisations = new(
        "organisations",
        [
            Id("org_id"),
            Code("level", CodeLists.Levels, required: true),
            new("name_ru", ValueKind.Text),
            new("name_kk", ValueKind.Text),
            new("bin", ValueKind.Bin),
            new("sector_id", ValueKind.Text),
            new("territorial_id", ValueKind.Text),
            Code("region", CodeLists.Regions),
            Count("members"),
            Count("youth_members"),
            new("valid_from", ValueKind.Date),
            new("active", ValueKind.Boolean),
        ],
        [
            new("level",
                // the federation loaded before is the one, else the file's first named one: a rule on this file's
                // rows alone, so that the registry's repeated check (FileLoader.SettleRegistry) cannot swing between two
                """
                p.level = 'federation' and p.org_id is distinct from coalesce(
                    (select min(k.org_id) from raw.organisations k where k.level = 'federation'),
                    (select q.org_id from p q
                     where q.level = 'federation' and q.org_id is not null and (q.name_ru is not null or q.name_kk is not null)
                     order by q.source_row limit 1))
                """,
                "second_federation",
                new("ровно одна организация уровня federation в реестре", "тізілімде federation деңгейіндегі бір ғана ұйым")),
            new("name_kk", "p.name_ru is null and p.name_kk is null", "name_missing",
                new("name_ru или name_kk (хотя бы одно)", "name_ru немесе name_kk (ең болмаса біреуі)")),
            new("sector_id", "p.level = 'primary' and p.sector_id is null", "required_for_primary",
                new("sector_id для первичной организации", "бастауыш ұйым үшін sector_id")),
            new("sector_id", KnownIdRules.UnknownOrganisation("sector_id", "sector"), "unknown_org",
                new("org_id отраслевого профсоюза (level = sector)", "салалық кәсіподақтың org_id (level = sector)")),
            new("territorial_id", "p.level = 'primary' and p.territorial_id is null", "required_for_primary",
                new("territorial_id для первичной организации", "бастауыш ұйым үшін territorial_id")),
            new("territorial_id", KnownIdRules.UnknownOrganisation("territorial_id", "territorial"), "unknown_org",
                new("org_id территориального объединения (level = territorial)", "аумақтық бірлестіктің org_id (level = territorial)")),
            new("region", "p.level in ('primary', 'territorial') and p.region is null", "required_for_level",
                new("код региона для первичной организации и территориального объединения", "бастауыш ұйым мен аумақтық бірлестік үшін өңір коды")),
            new("members", "p.level = 'primary' and p.members is null", "required_for_primary",
                new("число членов для первичной организации", "бастауыш ұйым үшін мүшелер саны")),
            KnownIdRules.NotAbove("youth_members", "members",
                new("не больше members", "members-тен аспайтын сан")),
        ])
    {
        IdColumns = ["org_id", "valid_from"],
    };

    public static readonly DatasetContract Cases = new(
        "cases",
        [
            Id("case_id"),
            Id("org_id"),
            Code("category", CodeLists.CaseCategories, required: true),
            new("title", ValueKind.Text, Required: true),
            new("problem", ValueKind.Text, Required: true),
            new("actions", ValueKind.Text, Required: true),
            new("result", ValueKind.Text, Required: true),
            Count("workers_helped", required: true, min: 1),
            new("amount_kzt", ValueKind.DecimalNumber) { Min = 0 },
            new("decided_at", ValueKind.Date, Required: true),
            Code("status", CodeLists.CaseStatuses, required: true),
            new("best_practice", ValueKind.Boolean),
            new("submitted_at", ValueKind.Timestamp, Required: true),
        ],
        [KnownIdRules.OrganisationExists()])
    {
        IdColumns = ["case_id"],
        VersionColumn = "submitted_at",
        // the stories are printed whole in the nominations pack and extracted: contacts written into them are masked
        Scrubbed = ["title", "problem", "actions", "result"],
    };

    public static readonly DatasetContract Events = new(
        "events",
        [
            Id("event_id"),
            Id("org_id"),
            Code("type", CodeLists.EventTypes, required: true),
            new("date", ValueKind.Date, Required: true),
            Count("participants", required: true),
            Count("youth_participants"),
            new("title", ValueKind.Text),
            Code("format", CodeLists.EventFormats),
            new("submitted_at", ValueKind.Timestamp),
        ],
        [
            KnownIdRules.OrganisationExists(),
            KnownIdRules.NotAbove("youth_participants", "participants", new("не больше participants", "participants-тен аспайтын сан")),
        ])
    {
        IdColumns = ["event_id"],
        VersionColumn = "submitted_at",
        Scrubbed = ["title"],
    };

    public static readonly DatasetContract OrgReports = new(
        "org_reports",
        [
            Id("org_id"),
            new("period", ValueKind.Period, Required: true),
            Count("workers_reached_month", required: true),
            Count("workers_reached_total", required: true),
            Count("appeals_offline", required: true),
            Count("appeals_offline_resolved"),
            Count("legal_aid_consultations", required: true),
            Count("reception_visitors", required: true),
            Count("safety_participants", required: true),
            Count("because_participants"),
            new("help_story_case_id", ValueKind.Text),
            new("submitted_at", ValueKind.Timestamp),
        ],
        [
            new("org_id", KnownIdRules.UnknownOrganisation("org_id", "primary"), "unknown_org",
                new("org_id первичной организации из реестра", "тізілімдегі бастауыш ұйымның org_id")),
            new("workers_reached_total",
                """
                p.workers_reached_total > (
                    select coalesce(
                        arg_max(r.members, r.valid_from) filter (where r.valid_from <= last_day(strptime(p.period || '-01', '%Y-%m-%d')::date)),
                        arg_min(r.members, r.valid_from))
                    from load_registry r where r.org_id = p.org_id)
                """,
                "above_members",
                new("не больше числа членов по реестру на последний день периода", "кезеңнің соңғы күніндегі тізілім бойынша мүшелер санынан аспайтын сан")),
            KnownIdRules.NotAbove("appeals_offline_resolved", "appeals_offline", new("не больше appeals_offline", "appeals_offline-тан аспайтын сан")),
            new("help_story_case_id", "p.help_story_case_id is not null and not exists (select 1 from load_known_cases c where c.case_id = p.help_story_case_id)",
                "unknown_case", new("case_id из Банка побед (cases)", "Жеңістер банкіндегі case_id (cases)")),
        ])
    {
        IdColumns = ["org_id", "period"],
        VersionColumn = "submitted_at",
    };

    public static readonly DatasetContract Appeals = new(
        "appeals",
        [
            Id("appeal_id"),
            new("received_at", ValueKind.Timestamp, Required: true),
            Code("channel", CodeLists.AppealChannels, required: true),
            Code("kind", CodeLists.AppealKinds, required: true),
            Id("org_id"),
            Code("topic", CodeLists.AppealTopics),
            new("text", ValueKind.Text),
            new("first_response_at", ValueKind.Timestamp),
            new("resolved_at", ValueKind.Timestamp),
            Code("status", CodeLists.AppealStatuses, required: true),
            new("satisfaction", ValueKind.WholeNumber) { Min = 1, Max = 5 },
            new("is_member", ValueKind.Boolean),
            Code("age_group", CodeLists.AgeGroups),
            new("appellant_key", ValueKind.Text),
            new("updated_at", ValueKind.Timestamp),
        ],
        [
            KnownIdRules.OrganisationExists(),
            KnownIdRules.NotBefore("first_response_at", "received_at", new("время не раньше received_at", "received_at-тен ерте емес уақыт")),
            KnownIdRules.NotBefore("resolved_at", "received_at", new("время не раньше received_at", "received_at-тен ерте емес уақыт")),
        ])
    {
        IdColumns = ["appeal_id"],
        VersionColumn = "updated_at",
        Pseudonymised = ["appellant_key"],
        Scrubbed = ["text"],
    };

    /// <summary>Cases come before org_reports, which refer to them; organisations before everything.</summary>
    // A property, not a field: the datasets are fields of other parts of this partial class, whose
    // initialisers have no guaranteed order relative to this file's.
    public static IReadOnlyList<DatasetContract> LoadOrder =>
    [
        Organisations, Cases, Events, OrgReports, Appeals, Media, ThreatJournal, MonitoringRegimes, Surveys, Trainings, Ambassadors, Confirmations,
    ];
}
