using Analytics.Reports.Common;
using Analytics.Warehouse.Configuration;

namespace Analytics.Cli.Delivery;

/// <summary>
/// What <c>analytics deliver FAMILY</c> sends: the kinds of report (manifest <c>report</c>) and the levels that receive
/// them. The first kind is the family's own report, which every recipient of a level it covers expects; a
/// monthly delivery also carries a sector union's primary-cards bundle when one was printed.
/// </summary>
internal sealed record DeliveryFamily(string Name, IReadOnlyList<string> Reports, IReadOnlyList<string> Scopes)
{
    public static readonly DeliveryFamily Weekly = new("weekly", ["weekly"], [ReportScope.Federation]);

    public static readonly DeliveryFamily Monthly = new("monthly", ["monthly", "primary"], [ReportScope.Federation, ReportScope.Sector, ReportScope.Territorial]);

    public static readonly DeliveryFamily Quarterly = new("quarterly", ["quarterly"], [ReportScope.Federation]);

    public static readonly DeliveryFamily Final = new("final", ["final"], [ReportScope.Federation]);

    public static IReadOnlyList<DeliveryFamily> All { get; } = [Weekly, Monthly, Quarterly, Final];

    public static DeliveryFamily Parse(string name) => All.Single(family => family.Name == name);

    /// <summary>
    /// This family's reports of one period: week <paramref name="number"/> (weekly), month <paramref name="number"/>
    /// (monthly) or the cut-off <paramref name="cutoff"/> (quarterly, final); without them, the latest period on the shelf.
    /// </summary>
    public IReadOnlyList<ShelvedReport> Select(IReadOnlyList<ShelvedReport> shelf, int? number, string? cutoff)
    {
        var candidates = shelf.Where(report => Reports.Contains(report.Manifest.Report)).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        string period;
        if (Name is "weekly" or "monthly")
        {
            period = (number ?? candidates.Max(report => report.Manifest.Week ?? report.Manifest.Month ?? 0)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            period = cutoff ?? candidates.Max(report => report.Manifest.Cutoff)!;
        }

        return candidates.Where(report => report.Period == period).ToList();
    }

    /// <summary>Refuses --week for any family but weekly and --month for any but monthly.</summary>
    public void CheckOptions(int? week, int? month)
    {
        if (week is not null && this != Weekly || month is not null && this != Monthly)
        {
            throw new ConfigurationException(
                $"analytics deliver {Name}: --week относится только к weekly, --month только к monthly.",
                $"analytics deliver {Name}: --week тек weekly үшін, --month тек monthly үшін.");
        }
    }
}
