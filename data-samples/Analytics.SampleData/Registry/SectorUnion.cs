namespace Analytics.SampleData.Registry;

/// <summary>What kind of employer a sector's primaries sit in; decides how their names are built.</summary>
internal enum EmployerKind
{
    School,
    Health,
    Culture,
    PublicOffice,
    University,
    SocialCare,
    Company,
}

/// <param name="Weight">Relative number of primaries.</param>
/// <param name="SizeBias">Log-scale pull towards larger (positive) or smaller primaries.</param>
/// <param name="Engagement">Multiplier of how actively its primaries take part (about 0.85–1.1).</param>
/// <param name="BrandWords">Second words of invented company names (for <see cref="EmployerKind.Company"/>).</param>
/// <param name="Heartlands">Territories where the sector's enterprises cluster.</param>
internal sealed record SectorUnion(
    string Id,
    string NameRu,
    string NameKk,
    double Weight,
    double SizeBias,
    double Engagement,
    EmployerKind Employer,
    IReadOnlyList<string> BrandWords,
    IReadOnlyList<string> Heartlands);
