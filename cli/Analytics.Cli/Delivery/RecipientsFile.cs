using System.Text.Json;
using Analytics.Reports.Common;
using Analytics.Warehouse.Configuration;

namespace Analytics.Cli.Delivery;

/// <summary>One address that receives the reports of one organisation's level.</summary>
/// <param name="Scope">federation | sector | territorial.</param>
/// <param name="Key">The sector union's or territorial association's org_id; for the federation, its own.</param>
internal sealed record Recipient(string Scope, string Key, string Address);

/// <summary>
/// The recipients file: <c>{"federation": [...], "sector": {"&lt;org_id&gt;": [...]}, "territorial": {"&lt;org_id&gt;": [...]}}</c>.
/// Every error names the file and the key, in Russian and Kazakh.
/// </summary>
internal static class RecipientsFile
{
    private const long MaxBytes = 1024 * 1024;

    /// <summary>Reads the file and checks each address and each org_id against the warehouse's organisations in force.</summary>
    public static IReadOnlyList<Recipient> Read(string path, IReadOnlyList<ReportScope> organisations)
    {
        var recipients = Parse(path);
        foreach (var group in recipients.Where(r => r.Scope != ReportScope.Federation).GroupBy(r => (r.Scope, r.Key)))
        {
            if (!organisations.Any(o => o.Scope == group.Key.Scope && o.Key == group.Key.Key))
            {
                var (ru, kk) = group.Key.Scope == ReportScope.Sector
                    ? ("действующего отраслевого профсоюза", "қолданыстағы салалық кәсіподақ")
                    : ("действующего территориального объединения", "қолданыстағы аумақтық бірлестік");
                throw new ConfigurationException(
                    $"{path}, ключ {group.Key.Scope}.{group.Key.Key}: {ru} с таким org_id нет в хранилище. Проверьте код организации.",
                    $"{path}, {group.Key.Scope}.{group.Key.Key} кілті: қоймада мұндай org_id бар {kk} жоқ. Ұйым кодын тексеріңіз.");
            }
        }

        var federation = organisations.FirstOrDefault(o => o.IsFederation)?.Key ?? "FED";
        return recipients.Select(r => r.Scope == ReportScope.Federation ? r with { Key = federation } : r).ToList();
    }

    /// <summary>The file's recipients, each address checked; org_ids not yet checked.</summary>
    public static IReadOnlyList<Recipient> Parse(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException(
                $"Файл получателей {path} не найден: проверьте путь в --recipients.", $"{path} алушылар файлы табылмады: --recipients жолын тексеріңіз.");
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            throw new ConfigurationException($"Файл получателей {path} больше 1 МиБ.", $"{path} алушылар файлы 1 МиБ-тан үлкен.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException exception)
        {
            throw new ConfigurationException($"{path}: это не JSON ({exception.Message}).", $"{path}: бұл JSON емес ({exception.Message}).", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Expected(path, "(корень)", "(түбір)", "объект {\"federation\": [...], \"sector\": {...}, \"territorial\": {...}}", "{\"federation\": [...], \"sector\": {...}, \"territorial\": {...}} объектісі");
            }

            var recipients = new List<Recipient>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case ReportScope.Federation:
                        recipients.AddRange(Addresses(path, property.Name, property.Value).Select(a => new Recipient(ReportScope.Federation, "", a)));
                        break;
                    case ReportScope.Sector or ReportScope.Territorial:
                        recipients.AddRange(ByOrganisation(path, property.Name, property.Value));
                        break;
                    default:
                        throw new ConfigurationException(
                            $"{path}, ключ {property.Name}: неизвестный ключ; ожидаются federation, sector и territorial.",
                            $"{path}, {property.Name} кілті: белгісіз кілт; federation, sector және territorial күтіледі.");
                }
            }

            return recipients.Distinct().ToList();
        }
    }

    private static List<Recipient> ByOrganisation(string path, string scope, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Expected(path, scope, scope, "объект {\"<org_id>\": [\"адрес\", ...]}", "{\"<org_id>\": [\"мекенжай\", ...]} объектісі");
        }

        return element.EnumerateObject()
            .SelectMany(org => Addresses(path, $"{scope}.{org.Name}", org.Value).Select(address => new Recipient(scope, org.Name, address)))
            .ToList();
    }

    private static IEnumerable<string> Addresses(string path, string key, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Expected(path, key, key, "список адресов [\"name@example.kz\", ...]", "[\"name@example.kz\", ...] мекенжайлар тізімі");
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (!MailAddresses.TryParse(text, out var address))
            {
                var shown = item.ValueKind == JsonValueKind.String ? $"«{text}»" : item.GetRawText();
                throw new ConfigurationException(
                    $"{path}, ключ {key}[{index}]: {shown} — не адрес электронной почты; ожидается вид name@example.kz.",
                    $"{path}, {key}[{index}] кілті: {shown} — электрондық пошта мекенжайы емес; name@example.kz түрі күтіледі.");
            }

            yield return address.Address;
            index++;
        }
    }

    private static ConfigurationException Expected(string path, string keyRu, string keyKk, string expectedRu, string expectedKk) => new(
        $"{path}, ключ {keyRu}: ожидается {expectedRu}.", $"{path}, {keyKk} кілті: {expectedKk} күтіледі.");
}
