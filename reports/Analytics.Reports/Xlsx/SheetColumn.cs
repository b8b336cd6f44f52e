namespace Analytics.Reports.Xlsx;

/// <summary>How a column's cells are written and shown.</summary>
internal enum CellKind
{
    /// <summary>Text, always stored as text and never evaluated (see <see cref="SafeText"/>).</summary>
    Text,

    /// <summary>A whole number, shown with thousands separated: <c>#,##0</c> (Excel in ru/kk shows it as <c># ##0</c>).</summary>
    Integer,

    /// <summary>A number with one decimal: <c>#,##0.0</c>.</summary>
    Decimal,

    /// <summary>A share 0..1 shown as <c>0.0%</c>.</summary>
    Percent,

    /// <summary>A date shown as <c>dd.mm.yyyy</c>.</summary>
    Date,
}

/// <param name="Width">In Excel's character widths; set by hand (AdjustToContents needs libgdiplus, TOOLCHAIN.md).</param>
internal sealed record SheetColumn<T>(string Header, double Width, CellKind Kind, Func<T, object?> Value);
