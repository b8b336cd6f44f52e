namespace Analytics.SampleData.Registry;

/// <summary>A primary organisation with what the dataset writers need to know about it.</summary>
internal sealed class PrimaryOrg
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required SectorUnion Sector { get; init; }
    public required Territory Territory { get; init; }
    public required string Region { get; init; }

    /// <summary>Members of its first registry version.</summary>
    public required int Members { get; set; }

    public required double YouthShare { get; init; }

    /// <summary>The smallest <c>members</c> over its registry versions: a ceiling for workers reached.</summary>
    public int MembersCeiling { get; set; }

    public bool IsLarge => Members >= Registry.MemberSizes.LargeFrom;

    /// <summary>First day it exists in the registry (the campaign start for most).</summary>
    public DateOnly ActiveFrom { get; set; }

    /// <summary>First day it is closed; <see cref="DateOnly.MaxValue"/> when it stays open.</summary>
    public DateOnly ActiveUntil { get; set; } = DateOnly.MaxValue;

    public double Engagement { get; init; }

    /// <summary>Organises at least one event during the campaign.</summary>
    public bool Participates { get; set; }

    /// <summary>Campaign months 1..4 (index 0..3) in which it organises events.</summary>
    public bool[] ActiveMonths { get; } = new bool[4];

    public double KazakhShare => Territory.KazakhShare;

    public bool IsOpenOn(DateOnly day) => day >= ActiveFrom && day < ActiveUntil;

    /// <summary>The first and last day of a campaign month on which it is open, or null.</summary>
    public (DateOnly First, DateOnly Last)? OpenDays(CampaignCalendar calendar, int month)
    {
        var first = calendar.MonthStart(month);
        var last = calendar.MonthEnd(month);
        if (ActiveFrom > first)
        {
            first = ActiveFrom;
        }

        if (ActiveUntil <= last)
        {
            last = ActiveUntil.AddDays(-1);
        }

        return first <= last ? (first, last) : null;
    }
}
