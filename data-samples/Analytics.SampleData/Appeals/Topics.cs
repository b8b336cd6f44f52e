namespace Analytics.SampleData.Appeals;

/// <summary>The contract's appeal topics with their share of appeals.</summary>
internal static class Topics
{
    public static readonly WeightedChoice<string> Choice = new(
        ("wages", 22), ("dismissal", 9), ("working_time", 10), ("leave", 7), ("safety", 9), ("collective_agreement", 6),
        ("social_support", 10), ("housing", 5), ("pensions", 6), ("discrimination", 3), ("union_work", 8), ("other", 5));

    /// <summary>Approximate share of <paramref name="topic"/> among appeals, for sizing the weekly spike.</summary>
    public static double Share(string topic) => topic switch
    {
        "wages" => 0.22,
        "safety" => 0.09,
        "working_time" => 0.10,
        "housing" => 0.05,
        _ => 0.05,
    };
}
