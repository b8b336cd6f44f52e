using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Warehouse.Configuration;

namespace Analytics.Warehouse;

/// <summary>
/// How much memory DuckDB may hold for the warehouse (its <c>memory_limit</c>): past it, DuckDB spills to a folder
/// beside the warehouse file instead of growing. Without it DuckDB takes 80 % of the machine's memory and keeps in
/// memory what it could spill.
/// </summary>
public sealed partial class WarehouseMemory
{
    public const string Variable = "SENIM_MEMORY_LIMIT";

    public const string ConfigKey = "memory_limit";

    private const long Mebibyte = 1024 * 1024;

    // Below this DuckDB cannot run the product's larger statements at all, spilling or not.
    private const long Smallest = 64 * Mebibyte;

    // A number of gibibytes or mebibytes that still fits in bytes, far beyond any machine.
    private const decimal Largest = 1_000_000;

    private WarehouseMemory(long limitBytes) => LimitBytes = limitBytes;

    /// <summary>
    /// 512 MiB: the whole process then stays under 1 GB at national scale (about 0.35 GB more than the limit) and
    /// under 2.5 GB at ten times national (docs/benchmarks.md, "Memory"), which a machine of 4 GB can give.
    /// </summary>
    public static WarehouseMemory Default { get; } = new(512 * Mebibyte);

    public long LimitBytes { get; }

    /// <summary>The limit as DuckDB's setting takes it.</summary>
    public string DuckDbValue => string.Create(CultureInfo.InvariantCulture, $"{LimitBytes / Mebibyte}MiB");

    /// <summary>The limit as the analyst reads it, e.g. <c>640 MiB</c>.</summary>
    public string Shown => string.Create(CultureInfo.InvariantCulture, $"{LimitBytes / Mebibyte} MiB");

    /// <summary>
    /// The limit of <see cref="Variable"/> when set, else of <see cref="ConfigKey"/> in the configuration file, else
    /// <see cref="Default"/>.
    /// </summary>
    public static WarehouseMemory Resolve(string? environment, string? configured, string? configFile) =>
        !string.IsNullOrWhiteSpace(environment) ? Parse(environment, Variable)
        : configured is not null ? Parse(configured, $"{ConfigKey} ({configFile})")
        : Default;

    /// <summary>
    /// A size such as <c>640MB</c>, <c>1.5 GB</c> or <c>2GiB</c>; a unit of MB/GB is read as MiB/GiB, as DuckDB does
    /// for its own settings' sizes in powers of two.
    /// </summary>
    public static WarehouseMemory Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = SizePattern().Match(text.Trim());
        if (!match.Success
            || !decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || number > Largest)
        {
            throw new ConfigurationException(
                $"{origin}: ожидался размер памяти вида 640MB или 1.5GB, найдено \"{text}\".",
                $"{origin}: 640MB не 1.5GB түріндегі жад көлемі күтілді, табылғаны \"{text}\".");
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "G" or "GB" or "GIB" => 1024 * Mebibyte,
            _ => Mebibyte,
        };
        var bytes = number * unit;
        if (bytes < Smallest)
        {
            throw new ConfigurationException(
                $"{origin}: {text} — слишком мало для хранилища; укажите не меньше 64MB.",
                $"{origin}: {text} — қойма үшін тым аз; кемінде 64MB көрсетіңіз.");
        }

        return new WarehouseMemory(decimal.ToInt64(bytes) / Mebibyte * Mebibyte);
    }

    [GeneratedRegex(@"^(?<number>[0-9]+(\.[0-9]+)?)\s*(?<unit>M|MB|MIB|G|GB|GIB)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
