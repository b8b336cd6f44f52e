using Analytics.SampleData.Infrastructure;

namespace Analytics.SampleData.Registry;

/// <summary>
/// Registry changes during the campaign: about 0.3% of primaries are founded in month 2,
/// 1% change sector, territory or members in month 2 or 3, and 0.5% close.
/// </summary>
internal sealed class RegistryHistory
{
    private readonly Dictionary<int, OrganisationRow> _changes = [];
    private readonly Dictionary<int, DateOnly> _closures = [];

    public static RegistryHistory Plan(Random random, IReadOnlyList<PrimaryOrg> primaries, CampaignCalendar calendar)
    {
        var history = new RegistryHistory();
        var order = Enumerable.Range(0, primaries.Count).ToArray();
        random.Shuffle(order);
        var queue = new Queue<int>(order);

        for (var i = 0; i < Share(primaries.Count, 0.003); i++)
        {
            var founded = primaries[queue.Dequeue()];
            founded.ActiveFrom = calendar.MonthStart(2).AddDays(random.Between(0, 24));
        }

        for (var i = 0; i < Share(primaries.Count, 0.01); i++)
        {
            var primary = primaries[queue.Dequeue()];
            history._changes[primary.Index] = Change(random, primary, i % 3, calendar);
        }

        for (var i = 0; i < Share(primaries.Count, 0.005); i++)
        {
            var primary = primaries[queue.Dequeue()];
            var closes = CampaignCalendar.Between(random, calendar.MonthStart(2).AddDays(9), calendar.MonthStart(4).AddDays(19));
            history._closures[primary.Index] = closes;
            primary.ActiveUntil = closes;
        }

        return history;
    }

    /// <summary>The rows that follow the first version of <paramref name="primary"/>.</summary>
    public IEnumerable<OrganisationRow> LaterVersions(PrimaryOrg primary, OrganisationRow first)
    {
        if (_changes.TryGetValue(primary.Index, out var change))
        {
            yield return change with { NameRu = first.NameRu, NameKk = first.NameKk, Bin = first.Bin };
        }

        if (_closures.TryGetValue(primary.Index, out var closes))
        {
            yield return first with { ValidFrom = closes, Active = false };
        }
    }

    private static int Share(int count, double share) => Math.Max(1, (int)Math.Round(count * share));

    private static OrganisationRow Change(Random random, PrimaryOrg primary, int kind, CampaignCalendar calendar)
    {
        var validFrom = calendar.DayInMonth(random, random.Between(2, 3));
        var row = new OrganisationRow(
            primary.Id, "primary", null, null, null,
            primary.Sector.Id, primary.Territory.Id, primary.Region, primary.Members,
            (int)Math.Round(primary.Members * primary.YouthShare), validFrom);
        switch (kind)
        {
            case 0:
                var sector = Other(random, SectorCatalog.All, primary.Sector);
                return row with { SectorId = sector.Id };
            case 1:
                var territory = Other(random, TerritoryCatalog.All, primary.Territory);
                return row with { TerritorialId = territory.Id, Region = territory.MainRegion };
            default:
                var members = Math.Max(15, (int)Math.Round(primary.Members * random.Between(0.6, 1.4)));
                primary.MembersCeiling = Math.Min(primary.MembersCeiling, members);
                return row with { Members = members, YouthMembers = (int)Math.Round(members * primary.YouthShare) };
        }
    }

    private static T Other<T>(Random random, IReadOnlyList<T> items, T current)
        where T : class
    {
        while (true)
        {
            var candidate = random.Pick(items);
            if (!ReferenceEquals(candidate, current))
            {
                return candidate;
            }
        }
    }
}
