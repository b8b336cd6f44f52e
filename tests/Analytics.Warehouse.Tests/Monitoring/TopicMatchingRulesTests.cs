namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// The matching rules of docs/monitoring.md §1, one text each, through the real loader and int_appeals_topics with
/// the shipped lexicon: which topic, which stem decided and how it matched.
/// </summary>
public sealed class TopicMatchingRulesTests
{
    private static readonly (string Text, string Topic, string? Stem, string? Kind)[] Examples =
    [
        // a letter typed twice counts once, in words and stems: «колективный» is «коллективн», no typo
        ("Не выполняют колективный договор", "collective_agreement", "коллективн договор", "exact"),
        ("зарпллата опять задерживается", "wages", "зарплат", "exact"),
        // a slash after a short word joins it: «мат/помощь» reads «матпомощь» (weight 2, above «лечени» 0.7)
        ("мат/помощь на лечение положена?", "social_support", "матпомощ", "exact"),
        // an apostrophe inside a Latin word is dropped; «shch» is щ
        ("ob'yavili sokrashchenie v cehu", "dismissal", "сокращ", "transliterated"),
        // the 2018 Latin alphabet's acute letters: «Eńbek» is «Еңбек»
        ("Eńbek demalysy berilmeidi", "leave", "еңбек демалыс", "transliterated"),
        // the accent typed as a combining mark of its own is the accented letter (Unicode's NFC)
        ("En\u0301bek demalysy berilmeidi", "leave", "еңбек демалыс", "transliterated"),
        // a Latin word one edit away from a stem of 6 letters or more: half weight
        ("otpsuk ne dayut uzhe god", "leave", "отпуск", "typo"),
        // a typo at half weight (0.5) ties with «оплат» (0.5): the topic mentioned first wins
        ("бальничный не оплатили", "leave", "больничн", "typo"),
        // an abbreviation in capitals, in either script; Kazakh «сиз» ("you") typed without і is no СИЗ
        ("SIZ ne vydayut", "safety", "СИЗ", "capitals"),
        ("Сиз маган жауап бересиз бе?", "other", null, null),
        // Latin look-alikes inside a Cyrillic word are Cyrillic: «зaрплaту» with Latin «a»
        ("зaрплaту не платят", "wages", "зарплат", "exact"),
    ];

    [Fact]
    public void Classify_EachRuleOfTheDocs_TopicStemAndKind()
    {
        var labelled = Examples.Select((example, i) => new LabelledAppeal($"R{i + 1:00}", "rules", "rules", example.Topic, example.Text)).ToList();

        var found = LabelledAppeals.Classify(labelled);

        Assert.Equal(
            Examples.Select(example => $"{example.Text} → {example.Topic} {example.Stem} {example.Kind}"),
            labelled.Select(item => $"{item.Text} → {found[item.Id].Topic} {found[item.Id].MatchedStem} {found[item.Id].MatchKind}"));
    }
}
