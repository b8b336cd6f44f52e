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
    /// <summary>weekly | monthly | quarterly | final.</summary>
    string Family { get; }

    /// <summary>Whom the report is about.</summary>
    ReportScope Scope { get; }

    /// <summary>The campaign week of a weekly report; null for the others.</summary>
    int? Week { get; }

    /// <summary>The campaign month of a monthly report; null for the others.</summary>
    int? Month { get; }

    /// <summary>The build's cut-off: the PDF's and the workbook's date.</summary>
    DateOnly Cutoff { get; }

    /// <summary>The files the figures are made from.</summary>
    IReadOnlyList<ReportInput> Inputs { get; }

    /// <summary>A table of contents with page numbers: printed twice, the second time with the pages found.</summary>
    bool HasContents { get; }

    /// <summary>The files' name without extension: <c>weekly-w07-ru</c>, <c>monthly-m2-sector-S03-kk</c>.</summary>
    string BaseName(ReportLanguage language);

    /// <summary>The self-contained HTML that is printed; <paramref name="pages"/> fills the contents' page numbers.</summary>
    string RenderHtml(ReportLanguage language, IReadOnlyDictionary<string, int>? pages = null);

    /// <summary>Writes the XLSX companion.</summary>
    void WriteWorkbook(ReportLanguage language, string path);
}
