using System.Collections.Concurrent;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Pdf;

namespace Analytics.Reports.Pdf;

/// <summary>
/// The Liquid templates of the monthly, quarterly and final reports: one document template per report and a
/// partial per section (<c>Pdf/Templates/partials</c>), each rendered with HTML encoding by <see cref="LiquidTemplate"/>.
/// A section's HTML is then placed in the document unescaped: it is already our markup with escaped values.
/// </summary>
internal static class PeriodicTemplates
{
    private static readonly string[] ViewNamespaces =
    [
        "Analytics.Reports.Common.Views",
        "Analytics.Reports.Common.Markdown",
        "Analytics.Reports.Monthly",
        "Analytics.Reports.Quarterly",
        "Analytics.Reports.Final",
        "Analytics.Reports.Nominations",
        "Analytics.Reports.Threats",
        "Analytics.Reports.Primary",
    ];

    /// <summary>Every view type the templates read, so that Fluid may read their properties.</summary>
    private static readonly Lazy<Type[]> ViewTypes = new(() => typeof(PeriodicTemplates).Assembly.GetTypes()
        .Where(type => type.IsClass && !type.IsAbstract && ViewNamespaces.Contains(type.Namespace) && !type.Name.StartsWith('<'))
        .ToArray());

    private static readonly ConcurrentDictionary<string, Lazy<LiquidTemplate>> Templates = new(StringComparer.Ordinal);

    private static readonly Lazy<string> StyleSheet = new(() =>
        LiquidTemplate.ReadEmbedded("Templates/report.css") + "\n" + LiquidTemplate.ReadEmbedded("Templates/partials/periodic.css"));

    /// <summary>The shared report style and the periodic reports' own, trusted.</summary>
    public static string Css => StyleSheet.Value;

    /// <summary>Renders a section partial with its view as <c>s</c> and the labels as <c>t</c>.</summary>
    public static string Section(string partial, object view, ReportText text) =>
        Template("partials/" + partial + ".liquid").Render(new Dictionary<string, object?>
        {
            ["s"] = view,
            ["t"] = new Dictionary<string, string>(text.Labels),
        });

    /// <summary>Renders a document template with the given values and the labels as <c>t</c>.</summary>
    public static string Document(string name, ReportText text, IReadOnlyDictionary<string, object?> values)
    {
        var all = new Dictionary<string, object?>(values)
        {
            ["t"] = new Dictionary<string, string>(text.Labels),
            ["css"] = Css,
        };
        return Template(name).Render(all);
    }

    /// <summary>
    /// The running head of every page but the first, as CSS for <c>@page</c>: the report and whom it is about.
    /// The text may come from data (a union's name), so it is written as an escaped CSS string.
    /// </summary>
    public static string PageCss(string runningHead) =>
        "@page { @top-right { content: " + CssText.Quoted(runningHead) + "; font-family: \"Noto Sans\", \"DejaVu Sans\", sans-serif; font-size: 7.5pt; color: #6b7280; } }\n"
        + "@page :first { @top-right { content: none; } }\n";

    private static LiquidTemplate Template(string name) =>
        Templates.GetOrAdd(name, key => new Lazy<LiquidTemplate>(() => LiquidTemplate.Load(key, ViewTypes.Value))).Value;
}
