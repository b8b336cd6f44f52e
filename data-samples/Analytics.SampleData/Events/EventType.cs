namespace Analytics.SampleData.Events;

/// <summary>An event type of the input contract with its campaign project and sample titles.</summary>
internal sealed record EventType(string Code, int? Project, IReadOnlyList<string> TitlesRu, IReadOnlyList<string> TitlesKk)
{
    public string Title(Random random, bool kazakh) => random.Pick(kazakh ? TitlesKk : TitlesRu);
}
