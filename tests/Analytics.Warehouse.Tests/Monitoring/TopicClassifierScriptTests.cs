using System.Globalization;
using Xunit.Abstractions;

namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// The keyword classifier against appeal-texts.scripts.labelled.csv: appeals written for this test the way workers
/// type them on a phone, in seven writing styles (Russian and Kazakh in Cyrillic, Kazakh in the 2021 Latin alphabet,
/// Kazakh typed in ASCII, Russian in translit, Russian and Kazakh mixed, slang with abbreviations and typos), each
/// labelled with its topic by hand. Split: `dev` texts were written before the Latin-script reading and used to tune
/// it; `holdout` texts were written after it and measured before any change (docs/monitoring.md §2).
/// </summary>
public sealed class TopicClassifierScriptTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.90;

    private static readonly string[] Styles = ["ru_cyrillic", "kk_cyrillic", "kk_latin", "kk_ascii", "ru_translit", "mixed", "slang"];

    [Fact]
    public void Lexicon_WritingStyles_AtLeast90PercentPerStyle()
    {
        var labelled = LabelledAppeals.Read("appeal-texts.scripts.labelled.csv", "style");
        Assert.True(labelled.Count >= 200, $"the labelled set has {labelled.Count} texts; at least 200 expected");
        Assert.Equal(Styles.Order(StringComparer.Ordinal), labelled.Select(item => item.Group).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(12, labelled.Select(item => item.Topic).Distinct().Count());

        var found = LabelledAppeals.Classify(labelled);
        var results = labelled.Select(item => (Item: item, Found: found[item.Id])).ToList();

        Report("style", results.GroupBy(result => result.Item.Group));
        Report("split", results.GroupBy(result => result.Item.Split));
        Report("topic", results.GroupBy(result => result.Item.Topic));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"overall: {Accuracy(results):P1} of {results.Count}; classified by the lexicon: {results.Count(result => result.Found.IsClassified) / (double)results.Count:P1}"));
        output.WriteLine("confusion (labelled → found: count):");
        foreach (var pair in results.Where(result => result.Found.Topic != result.Item.Topic)
                     .GroupBy(result => $"{result.Item.Topic} → {result.Found.Topic}").OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {pair.Key}: {pair.Count()}");
        }

        foreach (var (item, classified) in results.Where(result => result.Found.Topic != result.Item.Topic))
        {
            output.WriteLine($"  {item.Id} {item.Group} {item.Topic} → {classified.Topic} ({classified.MatchedStem}, {classified.MatchKind}): {item.Text}");
        }

        Assert.All(results.GroupBy(result => result.Item.Group), style =>
            Assert.True(Accuracy([.. style]) >= RequiredAccuracy,
                string.Create(CultureInfo.InvariantCulture, $"accuracy for {style.Key} is {Accuracy([.. style]):P1}, below {RequiredAccuracy:P0}")));
    }

    private void Report(string by, IEnumerable<IGrouping<string, (LabelledAppeal Item, ClassifiedAppeal Found)>> groups)
    {
        output.WriteLine($"accuracy by {by}:");
        foreach (var group in groups.OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key,-22} {Accuracy([.. group]),7:P1} of {group.Count()}"));
        }
    }

    private static double Accuracy(List<(LabelledAppeal Item, ClassifiedAppeal Found)> results) =>
        results.Count(result => result.Found.Topic == result.Item.Topic) / (double)results.Count;
}
