using Analytics.Reports.Common;
using Analytics.Reports.Localization;

namespace Analytics.Reports.Pipeline;

/// <summary>
/// One report of any family, as <see cref="ReportWriter"/> needs it: its file name, its HTML in a language, its
/// XLSX companion, and what its manifest says of it. A family is a model record read by a query over marts, a
/// template with its labels, and one of these.
/// </summary>
public interface IReportDocument
{
    /// <summary>Which report this is, as its manifest names it.</summary>
    ReportIdentity Identity { get; }

    /// <summary>A table of contents with page numbers: printed twice, the second time with the pages found.</summary>
    bool HasContents { get; }

    /// <summary>The files' name without extension: <c>weekly-w07-ru</c>, <c>monthly-m2-sector-S03-kk</c>.</summary>
    string BaseName(ReportLanguage language);

    /// <summary>The self-contained HTML that is printed; <paramref name="pages"/> fills the contents' page numbers.</summary>
    string RenderHtml(ReportLanguage language, IReadOnlyDictionary<string, int>? pages = null);

    /// <summary>Writes the XLSX companion.</summary>
    void WriteWorkbook(ReportLanguage language, string path);
}

/// <summary>Which report a document is: its family, whom it is about, its week or month, its cut-off and inputs.</summary>
/// <param name="Family">weekly | monthly | quarterly | final | nominations | threats.</param>
/// <param name="Week">The campaign week of a weekly report; null for the others.</param>
/// <param name="Month">The campaign month of a monthly report; null for the others.</param>
/// <param name="Cutoff">The build's cut-off: the PDF's and the workbook's date.</param>
/// <param name="Inputs">The files the figures are made from.</param>
public sealed record ReportIdentity(string Family, ReportScope Scope, int? Week, int? Month, DateOnly Cutoff, IReadOnlyList<ReportInput> Inputs)
{
    /// <summary>The federation-wide report of a family.</summary>
    public static ReportIdentity National(string family, string federationId, DateOnly cutoff, IReadOnlyList<ReportInput> inputs, int? week = null) =>
        new(family, new ReportScope(ReportScope.Federation, federationId, "", "", null), week, null, cutoff, inputs);
}
