using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.TestSupport;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// The classifier leaves a text unnormalised when every character is in one class (Latin, Cyrillic, common
/// punctuation). That is exact only if every such text is already in Unicode's NFC. Every character of the class is
/// checked to be no combining mark, so each is a starter (canonical combining class 0): NFC then reorders nothing,
/// and a character can only compose with the one before it. So checking every character alone (no singleton or
/// excluded composition) and every pair of them (no composition) covers texts of any length. DuckDB's own regular
/// expressions and nfc_normalize decide, as in the build.
/// </summary>
public sealed class TopicClassifierNormalFormTests
{
    private static string ShortcutClass()
    {
        var sql = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "warehouse", "Analytics.Warehouse", "Lexicon", "classify-new-texts.sql"));
        var match = Regex.Match(sql, @"regexp_full_match\(text, '(?<class>\[[^']+\])\*'\)");
        Assert.True(match.Success, "the classifier's NFC shortcut was not found");
        return match.Groups["class"].Value;
    }

    private static DuckDBConnection CodePointsOfTheClass(out long count)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        // every code point but the surrogates, which are no characters
        connection.Execute(
            $"""
            create table members as
            select c
            from (select case when cp not between 55296 and 57343 then chr(cp::integer) end as c from range(1, 1114112) as t(cp))
            where regexp_full_match(c, '{ShortcutClass()}')
            """);
        count = connection.ExecuteScalar<long>("select count(*) from members");
        return connection;
    }

    [Fact]
    public void Shortcut_EveryCharacterAndPairOfTheClass_IsAlreadyInNfc()
    {
        using var connection = CodePointsOfTheClass(out var members);

        Assert.InRange(members, 1_000, 2_000);
        var marks = connection.Query<string>("select c from members").Select(c => char.ConvertToUtf32(c, 0))
            .Where(codePoint => CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            .ToList();
        Assert.Empty(marks);
        Assert.Equal(0L, connection.ExecuteScalar<long>("select count(*) from members where nfc_normalize(c) <> c"));
        Assert.Equal(0L, connection.ExecuteScalar<long>(
            "select count(*) from members a cross join members b where nfc_normalize(a.c || b.c) <> a.c || b.c"));
    }

    [Fact]
    public void Shortcut_TextWithACombiningMark_IsNormalised()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var shortcutClass = ShortcutClass();

        // й typed as и and a combining breve, and an acute typed after n: not in the class, so NFC composes them
        Assert.False(connection.ExecuteScalar<bool>($"select regexp_full_match('сокраи' || chr(774), '{shortcutClass}*')"));
        Assert.False(connection.ExecuteScalar<bool>($"select regexp_full_match('En' || chr(769) || 'bek', '{shortcutClass}*')"));
        Assert.Equal("сокрай", connection.ExecuteScalar<string>("select nfc_normalize('сокраи' || chr(774))"));
    }
}
