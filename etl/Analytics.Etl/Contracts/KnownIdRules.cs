namespace Analytics.Etl.Contracts;

/// <summary>
/// SQL conditions over the relations the loader prepares before validating a file:
/// <c>load_known_orgs(org_id, level)</c>, <c>load_known_cases(case_id)</c> and <c>load_registry(org_id, valid_from, members)</c>.
/// </summary>
internal static class KnownIdRules
{
    public static readonly Expectation KnownOrganisation = new(
        "org_id организации из реестра (organisations)",
        "тізілімдегі ұйымның org_id (organisations)");

    public static string UnknownOrganisation(string column, string? level = null) =>
        $"p.\"{column}\" is not null and not exists (select 1 from load_known_orgs k where k.org_id = p.\"{column}\"{(level is null ? "" : $" and k.level = '{level}'")})";

    public static RowCheck OrganisationExists(string column = "org_id") =>
        new(column, UnknownOrganisation(column), "unknown_org", KnownOrganisation);

    public static RowCheck NotAbove(string column, string limit, Expectation expected) =>
        new(column, $"p.\"{column}\" > p.\"{limit}\"", "above_limit", expected);

    public static RowCheck NotBefore(string column, string start, Expectation expected) =>
        new(column, $"p.\"{column}\" < p.\"{start}\"", "before_start", expected);
}
