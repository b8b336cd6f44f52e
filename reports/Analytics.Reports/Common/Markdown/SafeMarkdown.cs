using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Reports.Common.Markdown;

/// <summary>
/// A small, safe subset of Markdown for the analysts' proposals: headings (<c>#</c>..<c>###</c>), paragraphs,
/// bulleted and numbered lists, and <c>**bold**</c>. It yields plain text in blocks and spans, never HTML: the
/// template writes the tags and HTML-encodes every text, so markup in the file (&lt;script&gt;, &lt;img&gt;, links)
/// is printed as the characters it is and nothing passes through raw.
/// </summary>
public static partial class SafeMarkdown
{
    /// <summary>A file larger than this is refused: proposals are a few pages, not a book.</summary>
    public const int MaxLength = 200_000;

    public static IReadOnlyList<MarkdownBlock> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (markdown.Length > MaxLength)
        {
            throw new ArgumentException($"The proposals have {markdown.Length} characters; expected at most {MaxLength}.", nameof(markdown));
        }

        var blocks = new List<MarkdownBlock>();
        var paragraph = new StringBuilder();
        List<StringBuilder>? items = null;
        var ordered = false;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new MarkdownBlock("paragraph", 0, Spans(paragraph.ToString()), []));
                paragraph.Clear();
            }

            if (items is not null)
            {
                blocks.Add(new MarkdownBlock(ordered ? "ordered" : "list", 0, [], items.Select(i => new MarkdownItem(Spans(i.ToString()))).ToList()));
                items = null;
            }
        }

        foreach (var sourceLine in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = sourceLine.TrimEnd();
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            var heading = Heading().Match(line);
            var bullet = Bullet().Match(line);
            var number = Numbered().Match(line);
            if (heading.Success)
            {
                Flush();
                blocks.Add(new MarkdownBlock("heading", Math.Min(heading.Groups[1].Value.Length, 3), Spans(heading.Groups[2].Value.TrimEnd('#', ' ')), []));
            }
            else if (bullet.Success || number.Success)
            {
                var isOrdered = number.Success && !bullet.Success;
                if (paragraph.Length > 0 || (items is not null && ordered != isOrdered))
                {
                    Flush();
                }

                items ??= [];
                ordered = isOrdered;
                items.Add(new StringBuilder((bullet.Success ? bullet : number).Groups[1].Value.Trim()));
            }
            else if (items is not null && char.IsWhiteSpace(sourceLine[0]))
            {
                // an indented line continues the list item above it
                items[^1].Append(' ').Append(line.Trim());
            }
            else
            {
                if (items is not null)
                {
                    Flush();
                }

                paragraph.Append(paragraph.Length > 0 ? " " : "").Append(line.Trim());
            }
        }

        Flush();
        return blocks;
    }

    /// <summary>Splits text at <c>**</c> / <c>__</c> pairs into plain and bold spans; a lone marker stays as text. <c>\*</c> is a literal star.</summary>
    public static IReadOnlyList<MarkdownSpan> Spans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<MarkdownSpan>();
        var current = new StringBuilder();
        var bold = false;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\\' && i + 1 < text.Length && "\\*_#-+.`[]()!".Contains(text[i + 1], StringComparison.Ordinal))
            {
                current.Append(text[i + 1]);
                i += 2;
                continue;
            }

            var marker = i + 1 < text.Length && (text[i] == '*' || text[i] == '_') && text[i + 1] == text[i];
            if (marker && (bold || text.IndexOf(new string(text[i], 2), i + 2, StringComparison.Ordinal) > i + 2))
            {
                if (current.Length > 0)
                {
                    spans.Add(new MarkdownSpan(current.ToString(), bold));
                    current.Clear();
                }

                bold = !bold;
                i += 2;
                continue;
            }

            current.Append(text[i]);
            i++;
        }

        if (current.Length > 0)
        {
            spans.Add(new MarkdownSpan(current.ToString(), bold));
        }

        return spans;
    }

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}[-*+]\s+(.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s{0,3}\d{1,3}[.)]\s+(.*)$")]
    private static partial Regex Numbered();
}

/// <summary>A block of the proposals.</summary>
/// <param name="Kind">heading | paragraph | list | ordered.</param>
/// <param name="Level">1..3 for a heading, 0 otherwise.</param>
/// <param name="Spans">The text of a heading or paragraph.</param>
/// <param name="Items">The items of a list.</param>
public sealed record MarkdownBlock(string Kind, int Level, IReadOnlyList<MarkdownSpan> Spans, IReadOnlyList<MarkdownItem> Items);

public sealed record MarkdownItem(IReadOnlyList<MarkdownSpan> Spans);

/// <summary>Plain text, bold or not; the template encodes it.</summary>
public sealed record MarkdownSpan(string Text, bool Bold);
