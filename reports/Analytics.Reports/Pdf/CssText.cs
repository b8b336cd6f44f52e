using System.Globalization;
using System.Text;

namespace Analytics.Reports.Pdf;

/// <summary>Text from data as a CSS string literal (for <c>@page</c> margin boxes), escaped so it can end neither the string nor the style element.</summary>
internal static class CssText
{
    public static string Quoted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var css = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || rune.Value == ' ')
            {
                css.Append(rune.ToString());
            }
            else
            {
                // CSS escape: backslash, hex code point, space; covers quotes, backslashes, < and line breaks
                css.Append('\\').Append(rune.Value.ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return css.Append('"').ToString();
    }
}
