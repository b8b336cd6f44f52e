namespace Analytics.SampleData.Appeals;

/// <summary>An appeal before its id is known (ids follow the order of receipt within a day).</summary>
internal sealed record AppealDraft(
    DateTime ReceivedAt,
    string Channel,
    string Kind,
    string OrgId,
    string? Topic,
    string? Text,
    DateTime? FirstResponseAt,
    DateTime? ResolvedAt,
    string Status,
    int? Satisfaction,
    bool? IsMember,
    string? AgeGroup,
    string? AppellantKey,
    DateTime? UpdatedAt);
