using System.Globalization;
using System.Text;

namespace Analytics.Reports.Pdf;

/// <summary>
/// Replaces the creation and modification dates Chromium writes into a PDF's Info dictionary
/// (<c>/CreationDate (D:20261123230954+00'00')</c>) with a given date, so that the same warehouse and
/// cut-off give the same file: nothing in the document tells when it was generated.
/// </summary>
/// <remarks>
/// The digits are overwritten in place with as many digits, so no byte moves and the cross-reference
/// table stays valid. Chromium (Skia) writes no XMP metadata and no /ID, checked with Chromium 156.
/// </remarks>
public static class PdfDocumentDate
{
    private static readonly string[] Keys = ["/CreationDate (D:", "/ModDate (D:"];

    /// <returns>How many dates were replaced (2 for a Chromium PDF).</returns>
    public static int Pin(string pdfPath, DateOnly date)
    {
        var bytes = File.ReadAllBytes(pdfPath);
        var digits = Encoding.ASCII.GetBytes(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000");
        var replaced = 0;
        foreach (var key in Keys.Select(Encoding.ASCII.GetBytes))
        {
            var at = bytes.AsSpan().IndexOf(key);
            if (at < 0)
            {
                continue;
            }

            var start = at + key.Length;
            var length = 0;
            while (length < digits.Length && start + length < bytes.Length && char.IsAsciiDigit((char)bytes[start + length]))
            {
                length++;
            }

            // a date written with fewer digits (D:2026) is left alone rather than shifted
            if (length == digits.Length)
            {
                digits.CopyTo(bytes, start);
                replaced++;
            }
        }

        File.WriteAllBytes(pdfPath, bytes);
        return replaced;
    }
}
