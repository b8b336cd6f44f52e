using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Analytics.Reports.Localization;

/// <summary>
/// A report language: its labels (the embedded <c>Resources/&lt;code&gt;.json</c>, one set for every report family),
/// culture and formats.
/// </summary>
public sealed class ReportLanguage
{
    private static readonly Lazy<ReportLanguage> RussianLanguage = new(() => Load("ru"));
    private static readonly Lazy<ReportLanguage> KazakhLanguage = new(() => Load("kk"));

    private readonly Dictionary<string, string> labels;

    private ReportLanguage(string code, CultureInfo culture, Dictionary<string, string> labels)
    {
        Code = code;
        Culture = culture;
        Format = new ReportFormat(culture);
        this.labels = labels;
    }

    public static ReportLanguage Russian => RussianLanguage.Value;

    public static ReportLanguage Kazakh => KazakhLanguage.Value;

    public static IReadOnlyList<ReportLanguage> All => [Russian, Kazakh];

    /// <summary>"ru" or "kk".</summary>
    public string Code { get; }

    /// <summary>ru-KZ or kk-KZ.</summary>
    public CultureInfo Culture { get; }

    public ReportFormat Format { get; }

    /// <summary>Every label by key; nested keys are flattened with a dot: <c>kpi.F1</c>, <c>stages.2</c>.</summary>
    public IReadOnlyDictionary<string, string> Labels => labels;

    /// <summary>The label with this key, placeholders left as they are.</summary>
    public string this[string key] =>
        labels.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"Resources/{Code}.json has no label \"{key}\".");

    /// <summary>Parses "ru" or "kk" (case-insensitive).</summary>
    public static ReportLanguage Parse(string code) =>
        code?.Trim().ToLowerInvariant() switch
        {
            "ru" => Russian,
            "kk" => Kazakh,
            _ => throw new ArgumentException($"Unknown report language \"{code}\"; expected \"ru\" or \"kk\".", nameof(code)),
        };

    /// <summary>The label with its <c>{name}</c> placeholders filled: <c>Text("week_of", ("week", "7"), ("weeks_total", "16"))</c>.</summary>
    public string Text(string key, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = new StringBuilder(this[key]);
        foreach (var (name, value) in values)
        {
            text.Replace("{" + name + "}", value);
        }

        return text.ToString();
    }

    /// <summary>The official name of a KPI: F1 «Охват членов профсоюза кампанией».</summary>
    public string KpiName(string kpiId) => this["kpi." + kpiId];

    /// <summary>The name of stage 1..4: 2 «Защищаем и помогаем».</summary>
    public string StageName(int stage) => this["stages." + stage.ToString(CultureInfo.InvariantCulture)];

    /// <summary>The word for a traffic-light colour (green, yellow, red), or "no data" for null.</summary>
    public string ColourName(string? colour) => this["colour_" + (colour ?? "none")];

    public override string ToString() => Code;

    private static ReportLanguage Load(string code)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var main = $"Resources/{code}.json";
        if (assembly.GetManifestResourceInfo(main) is null)
        {
            throw new InvalidOperationException($"Embedded resource {main} is missing from Analytics.Reports.");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var stream = assembly.GetManifestResourceStream(main)!)
        using (var json = JsonDocument.Parse(stream))
        {
            Flatten(json.RootElement, prefix: "", labels, main);
        }

        var culture = CultureInfo.GetCultureInfo(labels["culture"]);
        return new ReportLanguage(code, culture, labels);
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> labels, string resource)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Flatten(property.Value, key + ".", labels, resource);
                    break;
                case JsonValueKind.String:
                    labels[key] = property.Value.GetString()!;
                    break;
                default:
                    throw new InvalidOperationException(
                        $"{resource}, label \"{key}\": expected a string or an object, found {property.Value.ValueKind}.");
            }
        }
    }
}
