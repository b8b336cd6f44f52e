namespace Analytics.SampleData.Registry;

/// <summary>One row of organisations.csv (one registry version).</summary>
internal sealed record OrganisationRow(
    string OrgId,
    string Level,
    string? NameRu,
    string? NameKk,
    string? Bin,
    string? SectorId = null,
    string? TerritorialId = null,
    string? Region = null,
    int? Members = null,
    int? YouthMembers = null,
    DateOnly? ValidFrom = null,
    bool? Active = null);
