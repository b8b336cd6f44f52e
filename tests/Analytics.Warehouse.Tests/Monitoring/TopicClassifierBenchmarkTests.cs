using System.Globalization;
using Dapper;
using Xunit.Abstractions;

namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// The keyword classifier against appeal-texts.labelled.csv: appeals written for this test in Russian, Kazakh and
/// both mixed, with typos, missing Kazakh letters and short texts, each labelled with its topic by hand. The texts
/// go through the real loader (personal data scrubbed) and the real model, int_appeals_topics. Split: `dev` texts
/// were used to write the lexicon; `holdout1` was written after it and measured before any change; `holdout2` after
/// the changes that holdout1 prompted (docs/monitoring.md gives the figures at each step).
/// </summary>
public sealed class TopicClassifierBenchmarkTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.85;

    private static readonly Dictionary<string, int> CorrectBefore = new(StringComparer.Ordinal) { ["ru"] = 189, ["kk"] = 145, ["mixed"] = 54 };

    [Fact]
    public void Lexicon_LabelledAppeals_AtLeast85PercentPerLanguage()
    {
        var labelled = LabelledAppeals.Read("appeal-texts.labelled.csv", "language");
        Assert.True(labelled.Count >= 300, $"the labelled set has {labelled.Count} texts; at least 300 expected");

        var found = LabelledAppeals.Classify(labelled);
        var results = labelled.Select(item => (item, found[item.Id].Topic, found[item.Id].IsClassified)).ToList();

        Report("language", results.GroupBy(result => result.item.Group));
        Report("split", results.GroupBy(result => result.item.Split));
        Report("topic", results.GroupBy(result => result.item.Topic));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"overall: {Accuracy(results):P1} of {results.Count}; classified by the lexicon: {results.Count(result => result.IsClassified) / (double)results.Count:P1}"));
        foreach (var (item, topic, _) in results.Where(result => result.Topic != result.item.Topic))
        {
            output.WriteLine($"  {item.Id} {item.Group} {item.Topic} → {topic}: {item.Text}");
        }

        Assert.All(results.GroupBy(result => result.item.Group), language =>
            Assert.True(Accuracy([.. language]) >= RequiredAccuracy,
                string.Create(CultureInfo.InvariantCulture, $"accuracy for {language.Key} is {Accuracy([.. language]):P1}, below {RequiredAccuracy:P0}")));

        // Reading Latin script, abbreviations and doubled letters (issue 16) must not cost a text that was right before:
        // ru 189 of 197, kk 145 of 146, mixed 54 of 54 when it came in.
        Assert.All(results.GroupBy(result => result.item.Group), language =>
            Assert.True(language.Count(result => result.Topic == result.item.Topic) >= CorrectBefore[language.Key],
                $"{language.Key}: {language.Count(result => result.Topic == result.item.Topic)} right, fewer than {CorrectBefore[language.Key]}"));
    }

    private void Report(string by, IEnumerable<IGrouping<string, (LabelledAppeal item, string Topic, bool IsClassified)>> groups)
    {
        output.WriteLine($"accuracy by {by}:");
        foreach (var group in groups.OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key,-22} {Accuracy([.. group]),7:P1} of {group.Count()}"));
        }
    }

    private static double Accuracy(List<(LabelledAppeal item, string Topic, bool IsClassified)> results) =>
        results.Count(result => result.Topic == result.item.Topic) / (double)results.Count;
}
