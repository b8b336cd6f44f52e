using Analytics.SampleData.Infrastructure;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData;

/// <summary>What every dataset writer gets: where to write, the calendar, the registry, a generator per dataset.</summary>
internal sealed class SampleContext(string directory, SampleOptions options, CampaignCalendar calendar, SampleRegistry registry)
{
    public SampleOptions Options { get; } = options;
    public ScaleProfile Scale { get; } = ScaleProfile.For(options);
    public CampaignCalendar Calendar { get; } = calendar;
    public SampleRegistry Registry { get; } = registry;

    public string PathOf(string fileName) => Path.Combine(directory, fileName);

    public Random RandomFor(string dataset) => SeededRandom.For(Options.Seed, dataset);
}
