using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace Analytics.Reports.Pdf;

/// <summary>A Liquid template embedded under <c>Pdf/Templates</c>, parsed once, rendered with HTML encoding.</summary>
internal sealed class LiquidTemplate
{
    private static readonly FluidParser Parser = new();

    /// <summary>
    /// Escapes what HTML needs escaped (&lt; &gt; &amp; quotes) and leaves letters alone.
    /// <see cref="HtmlEncoder.Default"/> would also turn every Cyrillic letter into a numeric reference:
    /// the same page once printed, but an HTML nobody can read or search.
    /// </summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly IFluidTemplate template;
    private readonly TemplateOptions options;

    private LiquidTemplate(IFluidTemplate template, TemplateOptions options)
    {
        this.template = template;
        this.options = options;
    }

    /// <param name="name">Path under <c>Pdf/Templates</c>, e.g. <c>weekly.liquid</c>.</param>
    /// <param name="modelTypes">Types whose public properties the template reads, named in snake_case.</param>
    public static LiquidTemplate Load(string name, params Type[] modelTypes)
    {
        var source = ReadEmbedded("Templates/" + name);
        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new InvalidOperationException($"Pdf/Templates/{name} does not parse: {error}");
        }

        var options = new TemplateOptions();
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in modelTypes)
        {
            options.MemberAccessStrategy.Register(type);
        }

        return new LiquidTemplate(template, options);
    }

    /// <summary>The text of an embedded resource, by its logical name (<c>Templates/report.css</c>).</summary>
    public static string ReadEmbedded(string logicalName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"Embedded resource {logicalName} is missing from Analytics.Reports.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Renders with every value HTML-encoded. A value is inserted unescaped only where the template
    /// says <c>| raw</c>, which it does for our own CSS and chart SVG, never for data.
    /// </summary>
    public string Render(IReadOnlyDictionary<string, object?> values)
    {
        var context = new TemplateContext(options);
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        return template.Render(context, Encoder);
    }
}
