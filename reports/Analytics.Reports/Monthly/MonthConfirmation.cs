using System.Data;
using Analytics.Reports.Common;

namespace Analytics.Reports.Monthly;

/// <summary>
/// Methodology §14, printed beside the figures it vouches for: how many sector unions and territorial associations
/// active at the month's end confirmed its data, and whether the report's own union did (null for the national report).
/// </summary>
public sealed record MonthConfirmation(int SectorUnions, int SectorConfirmed, int Territorial, int TerritorialConfirmed, bool? OwnConfirmed)
{
    public static MonthConfirmation Read(IDbConnection connection, ReportScope scope, int month)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var counts = Marts.Query<Count>(
                connection, "select scope, unions, confirmed from marts.mart_confirmations_summary where month = $month", new { month })
            .ToDictionary(row => row.Scope, StringComparer.Ordinal);
        bool? own = scope.IsFederation
            ? null
            : Marts.SingleOrDefault<bool?>(
                connection, "select confirmed from marts.mart_confirmations where month = $month and key = $key", new { month, key = scope.Key }) ?? false;
        return new MonthConfirmation(
            counts.GetValueOrDefault(ReportScope.Sector)?.Unions ?? 0,
            counts.GetValueOrDefault(ReportScope.Sector)?.Confirmed ?? 0,
            counts.GetValueOrDefault(ReportScope.Territorial)?.Unions ?? 0,
            counts.GetValueOrDefault(ReportScope.Territorial)?.Confirmed ?? 0,
            own);
    }

    private sealed record Count
    {
        public string Scope { get; init; } = "";

        public int Unions { get; init; }

        public int Confirmed { get; init; }
    }
}
