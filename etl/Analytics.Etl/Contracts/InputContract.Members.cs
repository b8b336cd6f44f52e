using static Analytics.Etl.Contracts.ColumnContract;

namespace Analytics.Etl.Contracts;

/// <summary>The datasets about members and activists: the survey, trainings and the ambassadors' network.</summary>
public static partial class InputContract
{
    public static readonly DatasetContract Surveys = new(
        "surveys",
        [
            Id("response_id"),
            Id("org_id"),
            new("answered_at", ValueKind.Timestamp, Required: true),
            new("trust", ValueKind.WholeNumber, Required: true) { Min = 1, Max = 10 },
            new("satisfaction", ValueKind.WholeNumber) { Min = 1, Max = 5 },
            new("aware_of_results", ValueKind.Boolean),
            Code("age_group", CodeLists.AgeGroups),
        ],
        [
            new("org_id", KnownIdRules.UnknownOrganisation("org_id", "primary"), "unknown_org",
                new("org_id первичной организации из реестра", "тізілімдегі бастауыш ұйымның org_id")),
        ])
    {
        IdColumns = ["response_id"],
    };

    public static readonly DatasetContract Trainings = new(
        "trainings",
        [
            Id("training_id"),
            Id("org_id"),
            new("date", ValueKind.Date, Required: true),
            Code("topic", CodeLists.TrainingTopics, required: true),
            Count("trainees", required: true, min: 1),
            Count("youth_trainees"),
        ],
        [
            KnownIdRules.OrganisationExists(),
            KnownIdRules.NotAbove("youth_trainees", "trainees", new("не больше trainees", "trainees-тен аспайтын сан")),
        ])
    {
        IdColumns = ["training_id"],
    };

    public static readonly DatasetContract Ambassadors = new(
        "ambassadors",
        [
            Id("ambassador_id"),
            Id("org_id"),
            Code("category", CodeLists.AmbassadorCategories, required: true),
            new("joined_at", ValueKind.Date, Required: true),
            Count("publications"),
            Count("events_organised"),
        ],
        [KnownIdRules.OrganisationExists()])
    {
        IdColumns = ["ambassador_id"],
        Pseudonymised = ["ambassador_id"],
    };
}
