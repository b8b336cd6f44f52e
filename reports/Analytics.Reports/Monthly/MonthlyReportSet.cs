using System.Data;
using Analytics.Reports.Common;

namespace Analytics.Reports.Monthly;

/// <summary>
/// The month's whole set: the national report, one per active sector union and one per active territorial
/// association. The warehouse is read first (one connection, in order); <see cref="Pipeline.ReportWriter.WriteAllAsync"/>
/// then prints them a few at a time through one Chromium.
/// </summary>
public static class MonthlyReportSet
{
    /// <summary>Reads the reports of the month for the scopes <paramref name="include"/> accepts (all by default).</summary>
    public static IReadOnlyList<MonthlyReport> Read(IDbConnection connection, int? month, Func<ReportScope, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var context = ReportContext.Read(connection);
        var resolved = MonthlyReportQuery.ResolveMonth(context.Campaign, month);
        return ReportScope.ReadAll(connection)
            .Where(scope => include?.Invoke(scope) ?? true)
            .Select(scope => MonthlyReportQuery.Read(connection, scope, resolved, context))
            .ToList();
    }
}
