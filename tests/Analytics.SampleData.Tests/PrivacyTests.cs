using System.Text.RegularExpressions;

namespace Analytics.SampleData.Tests;

[Collection(SmallSampleGroup.Name)]
public sealed partial class PrivacyTests(SmallSampleFixture sample)
{
    // Common first names in Kazakhstan, in Cyrillic and Latin script. Region names such as «Абай» are
    // not here on purpose: the region «область Абай» is a place, not a person.
    private static readonly string[] FirstNames =
    [
        "Айгуль", "Айгүл", "Нурлан", "Нұрлан", "Иван", "Ерлан", "Асель", "Әсел", "Дамир", "Мария", "Сергей", "Алексей",
        "Бауыржан", "Гульнара", "Динара", "Ольга", "Татьяна", "Арман", "Ержан", "Данияр", "Айдос", "Жанна", "Марат",
        "Александр", "Елена", "Наталья", "Асхат", "Мадина", "Аружан", "Ainur", "Aigul", "Nurlan", "Ivan", "Yerlan",
        "Assel", "Damir", "Maria", "Sergey", "Alexey", "Olga", "Tatiana", "Arman", "Madina", "Marat", "Elena", "Dinara",
    ];

    [Fact]
    public void Write_NoFile_ContainsAFirstName()
    {
        var pattern = new Regex(@"\b(" + string.Join('|', FirstNames) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (var path in Directory.GetFiles(sample.Directory))
        {
            var match = pattern.Match(File.ReadAllText(path));
            Assert.False(match.Success, $"{Path.GetFileName(path)} contains \"{match.Value}\"");
        }
    }

    [Fact]
    public void Write_AppealTexts_SomeCarryPhonesEmailsOrIds()
    {
        var texts = sample.Table("appeals.csv").Column("text").Where(t => t.Length > 0).ToList();
        var withPersonalData = texts.Count(t => PersonalData().IsMatch(t));
        Assert.InRange(withPersonalData / (double)texts.Count, 0.015, 0.05);
    }

    [Fact]
    public void Write_AppealTexts_AreRussianAndKazakh()
    {
        var texts = sample.Table("appeals.csv").Column("text").Where(t => t.Length > 0).ToList();
        var kazakh = texts.Count(t => KazakhLetters().IsMatch(t)) / (double)texts.Count;
        Assert.InRange(kazakh, 0.2, 0.4);
        Assert.Contains(texts, t => t.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void Write_AppellantKeys_ArePseudonymous()
    {
        Assert.All(sample.Table("appeals.csv").Column("appellant_key").Where(k => k.Length > 0), k => Assert.Matches("^ak-[0-9a-f]{16}$", k));
    }

    [GeneratedRegex(@"\+7|8 \(7|@|\b\d{12}\b")]
    private static partial Regex PersonalData();

    [GeneratedRegex("[әғқңөұүһі]")]
    private static partial Regex KazakhLetters();
}
