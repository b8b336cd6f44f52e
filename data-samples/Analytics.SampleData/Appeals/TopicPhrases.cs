namespace Analytics.SampleData.Appeals;

/// <summary>What workers write about one topic: the heart of the appeal and a suggestion, in Russian and Kazakh.</summary>
internal sealed record TopicPhrases(
    IReadOnlyList<string> CoreRu,
    IReadOnlyList<string> CoreKk,
    string SuggestionRu,
    string SuggestionKk);
