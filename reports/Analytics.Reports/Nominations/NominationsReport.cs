using Analytics.Reports.Common;

namespace Analytics.Reports.Nominations;

/// <summary>
/// The expert commission's pack (appendix 4 of the concept, methodology §15): every nomination of the appendix in
/// its order, with the shortlist the warehouse draws for it and the evidence of each candidate; nominations without
/// a shortlist are put forward by organisations.
/// </summary>
public sealed record NominationsReport(CampaignInfo Campaign, IReadOnlyList<Nomination> Nominations)
{
    public IReadOnlyList<ReportInput> Inputs { get; init; } = [];

    /// <summary>The federation's org_id.</summary>
    public string FederationId { get; init; } = "";

    /// <summary>The campaign's last day is after the cut-off: the shortlists may still change.</summary>
    public bool Preliminary => !Campaign.IsOver;
}

/// <summary>A nomination of appendix 4 with its official names.</summary>
/// <param name="Section">main | special | sign (the appendix's sections II, III, IV).</param>
/// <param name="FromData">The warehouse draws its shortlist; otherwise candidates are put forward by organisations only.</param>
/// <param name="Shortlist">By rank; empty when not drawn from data or when no record qualifies.</param>
public sealed record Nomination(string Code, string Section, string NameRu, string NameKk, bool FromData, IReadOnlyList<NominationCandidate> Shortlist);

/// <summary>A shortlisted candidate: exactly one of the evidence members is set, by <see cref="Record"/>.</summary>
/// <param name="Record">organisation | ambassador | case | event | publication.</param>
/// <param name="Key">org_id, case_id, event_id or publication_id; an ambassador's pseudonymous id is never carried.</param>
/// <param name="OrgNameRu">The candidate's organisation (the organisation itself when it is the candidate).</param>
public sealed record NominationCandidate(long Rank, string Record, string Key, string OrgNameRu, string OrgNameKk, decimal Score)
{
    public OrganisationScore? Organisation { get; init; }

    public TrustAnswers? Trust { get; init; }

    public AmbassadorWork? Ambassador { get; init; }

    public PracticeCaseStory? Case { get; init; }

    public YouthEvent? Event { get; init; }

    public MediaPublication? Publication { get; init; }
}

/// <summary>The terms of an organisation's rating score (methodology §7): index + 25 × completion + case points.</summary>
/// <param name="Completion">0..1; null when the union has no active primary (the term is then 0).</param>
public sealed record OrganisationScore(decimal TrustIndex, decimal? Completion, long Cases, decimal CasesPoints);

/// <summary>The trust leader's survey: the mean of the trust answers (the score) over this many answers, never fewer than 5.</summary>
public sealed record TrustAnswers(PrivateCount Responses);

/// <param name="Category">primary_chair | tech_inspector | youth_leader | activist.</param>
public sealed record AmbassadorWork(string Category, long Publications, long EventsOrganised);

/// <summary>A case of the Bank of union victories as the commission reads it.</summary>
public sealed record PracticeCaseStory(string Category, string Title, string? Problem, string? Actions, string? Result, long WorkersHelped, decimal? AmountKzt, DateOnly? DecidedAt);

/// <summary>An event of the youth project (project 4).</summary>
public sealed record YouthEvent(string? Title, string EventType, DateOnly Date, long Participants);

public sealed record MediaPublication(DateOnly Date, string Platform, string Format, long Reach, long? Views, string? Url);
