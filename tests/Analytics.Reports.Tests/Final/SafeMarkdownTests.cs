using Analytics.Reports.Common.Markdown;

namespace Analytics.Reports.Tests.Final;

public sealed class SafeMarkdownTests
{
    [Fact]
    public void Parse_HeadingsParagraphsAndLists_GivesBlocksInOrder()
    {
        var blocks = SafeMarkdown.Parse("# Один\n\nПервая строка\nвторая строка.\n\n- а\n- б\n  продолжение\n\n1. раз\n2) два\n### Три ###");

        Assert.Equal(["heading", "paragraph", "list", "ordered", "heading"], blocks.Select(b => b.Kind));
        Assert.Equal("Первая строка вторая строка.", string.Concat(blocks[1].Spans.Select(s => s.Text)));
        Assert.Equal(["а", "б продолжение"], blocks[2].Items.Select(i => string.Concat(i.Spans.Select(s => s.Text))));
        Assert.Equal(["раз", "два"], blocks[3].Items.Select(i => string.Concat(i.Spans.Select(s => s.Text))));
        Assert.Equal((3, "Три"), (blocks[4].Level, blocks[4].Spans.Single().Text));
    }

    [Fact]
    public void Spans_BoldPairsAndLoneMarkers_BoldOnlyWhatIsClosed()
    {
        Assert.Equal(
            [new MarkdownSpan("до ", false), new MarkdownSpan("жирно", true), new MarkdownSpan(" после", false)],
            SafeMarkdown.Spans("до **жирно** после"));
        Assert.Equal([new MarkdownSpan("2 ** 3 = 8", false)], SafeMarkdown.Spans("2 ** 3 = 8"));
        Assert.Equal([new MarkdownSpan("*звёзды*", false)], SafeMarkdown.Spans(@"\*звёзды\*"));
    }

    [Fact]
    public void Parse_Html_StaysPlainText()
    {
        var block = Assert.Single(SafeMarkdown.Parse("<script>alert(1)</script> <b>x</b>"));

        Assert.Equal("paragraph", block.Kind);
        Assert.Equal("<script>alert(1)</script> <b>x</b>", block.Spans.Single().Text);
    }

    [Fact]
    public void Parse_TooLong_Throws()
    {
        Assert.Throws<ArgumentException>(() => SafeMarkdown.Parse(new string('a', SafeMarkdown.MaxLength + 1)));
    }
}
