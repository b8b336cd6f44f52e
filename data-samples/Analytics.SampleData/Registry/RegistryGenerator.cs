using Analytics.SampleData.Infrastructure;

namespace Analytics.SampleData.Registry;

/// <summary>Builds the federation: 1 federation, 24 sector unions, 18 territories, the primaries and their history.</summary>
internal static class RegistryGenerator
{
    private const string FederationRu = "Федерация профсоюзов Республики Казахстан";
    private const string FederationKk = "Қазақстан Республикасының Кәсіподақтар федерациясы";

    public static SampleRegistry Generate(SampleOptions options, CampaignCalendar calendar)
    {
        var random = SeededRandom.For(options.Seed, "registry");
        var usedBins = new HashSet<string>(StringComparer.Ordinal);
        var primaries = CreatePrimaries(random, ScaleProfile.For(options).Primaries, calendar);

        var rows = new List<OrganisationRow>
        {
            new(SampleRegistry.FederationId, "federation", FederationRu, FederationKk, Bin.Next(random, false, usedBins)),
        };
        rows.AddRange(SectorCatalog.All.Select(s => new OrganisationRow(s.Id, "sector", s.NameRu, s.NameKk, Bin.Next(random, false, usedBins))));
        rows.AddRange(TerritoryCatalog.All.Select(t =>
            new OrganisationRow(t.Id, "territorial", t.NameRu, t.NameKk, Bin.Next(random, false, usedBins), Region: t.MainRegion)));

        var history = RegistryHistory.Plan(random, primaries, calendar);
        foreach (var primary in primaries)
        {
            var first = FirstVersion(random, primary, usedBins, calendar);
            rows.Add(first);
            rows.AddRange(history.LaterVersions(primary, first));
        }

        ParticipationPlan.Draw(SeededRandom.For(options.Seed, "participation"), primaries, calendar);
        return new SampleRegistry(rows, primaries);
    }

    private static List<PrimaryOrg> CreatePrimaries(Random random, int count, CampaignCalendar calendar)
    {
        var sectorPicker = new WeightedPicker(SectorCatalog.All.Select(s => s.Weight));
        var territoryPickers = SectorCatalog.All.Select(s => new WeightedPicker(
            TerritoryCatalog.All.Select(t => t.Weight * (s.Heartlands.Contains(t.Id) ? 6 : 1)))).ToArray();

        var drafts = new List<(SectorUnion Sector, Territory Territory, string Region, double SizeKey)>(count);
        for (var i = 0; i < count; i++)
        {
            var sectorIndex = sectorPicker.Next(random);
            var sector = SectorCatalog.All[sectorIndex];
            var territory = TerritoryCatalog.All[territoryPickers[sectorIndex].Next(random)];
            var region = territory.Regions.Count == 1
                ? territory.MainRegion
                : territory.Regions[new WeightedPicker(territory.Regions.Select(r => r.Share)).Next(random)].Code;
            drafts.Add((sector, territory, region, sector.SizeBias + random.Gaussian()));
        }

        // The biggest sizes go to the highest keys: mining and oil get the giants, culture the small ones.
        var sizes = MemberSizes.Spread(count);
        var bySizeKey = Enumerable.Range(0, count).OrderBy(i => drafts[i].SizeKey).ThenBy(i => i).ToArray();
        var members = new int[count];
        for (var rank = 0; rank < count; rank++)
        {
            members[bySizeKey[rank]] = sizes[rank];
        }

        return drafts.Select((d, i) => new PrimaryOrg
        {
            Index = i,
            Id = $"P{i + 1:D5}",
            Sector = d.Sector,
            Territory = d.Territory,
            Region = d.Region,
            Members = members[i],
            MembersCeiling = members[i],
            YouthShare = random.Between(0.15, 0.40),
            ActiveFrom = calendar.Start,
            Engagement = d.Sector.Engagement * d.Territory.Engagement * random.LogNormal(1, 0.08),
        }).ToList();
    }

    private static OrganisationRow FirstVersion(Random random, PrimaryOrg primary, HashSet<string> usedBins, CampaignCalendar calendar)
    {
        var (nameRu, nameKk) = OrganisationNames.Primary(random, primary.Sector);
        var names = random.NextDouble();
        DateOnly? validFrom = primary.ActiveFrom > calendar.Start
            ? primary.ActiveFrom
            : random.Chance(0.05) ? calendar.Start.AddDays(-random.Between(30, 3650)) : null;
        return new OrganisationRow(
            primary.Id,
            "primary",
            names < 0.02 ? null : nameRu,
            names is >= 0.02 and < 0.07 ? null : nameKk,
            random.Chance(0.88) ? Bin.Next(random, primary.Sector.Employer == EmployerKind.Company && random.Chance(0.3), usedBins) : null,
            primary.Sector.Id,
            primary.Territory.Id,
            primary.Region,
            primary.Members,
            random.Chance(0.97) ? (int)Math.Round(primary.Members * primary.YouthShare) : null,
            validFrom,
            random.Chance(0.05) ? true : null);
    }
}
