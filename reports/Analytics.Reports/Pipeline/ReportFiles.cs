namespace Analytics.Reports.Pipeline;

/// <summary>The three files of a report, side by side, and the PDF's page count.</summary>
public sealed record ReportFiles(string Pdf, string Xlsx, string Manifest, int Pages);
