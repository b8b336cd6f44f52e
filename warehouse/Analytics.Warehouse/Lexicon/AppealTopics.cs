namespace Analytics.Warehouse.Lexicon;

/// <summary>The appeal topics of input contract v1, in the order that breaks ties between equally matched topics.</summary>
public static class AppealTopics
{
    public const string Other = "other";

    /// <summary>Every topic the lexicon may name; <see cref="Other"/> is what is left when none matches.</summary>
    public static readonly IReadOnlyList<string> Classified =
    [
        "wages", "dismissal", "working_time", "leave", "safety", "collective_agreement",
        "social_support", "housing", "pensions", "discrimination", "union_work",
    ];

    public static readonly IReadOnlyList<string> Languages = ["ru", "kk"];
}
