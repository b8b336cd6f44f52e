namespace Analytics.SampleData;

/// <summary>What to generate.</summary>
/// <param name="Scale">Size of the federation. <remarks>Small by default.</remarks></param>
/// <param name="Seed">Seed of every random choice: the same options give byte-identical files.
/// <remarks>20260901 by default.</remarks></param>
/// <param name="StartMonth">First campaign month, <c>YYYY-MM</c>; the campaign runs four months.
/// <remarks>2026-09 by default.</remarks></param>
/// <param name="Multiplier">How many times the scale's primaries, appeals, cases, surveys and threat journal
/// (and with the primaries their members, events, reports, ambassadors) are generated: national × 10 is 160,000
/// primaries. The 24 sector unions and 18 territories stay. <remarks>1 by default.</remarks></param>
public sealed record SampleOptions(SampleScale Scale = SampleScale.Small, int Seed = 20260901, string StartMonth = "2026-09", int Multiplier = 1);
