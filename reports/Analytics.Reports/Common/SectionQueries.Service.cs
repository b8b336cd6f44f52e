using System.Data;

namespace Analytics.Reports.Common;

/// <summary>The mandatory service block: Unified days of legal aid, citizens' reception and labour protection.</summary>
public static partial class SectionQueries
{
    /// <summary>The block's figures (<c>marts.mart_service_block</c>) for the month and for months 1..month.</summary>
    public static ServiceBlock Service(IDbConnection connection, ReportScope scope, int month, Reporting reporting) =>
        new(month, ServiceFigures(connection, scope, month, month), ServiceFigures(connection, scope, 1, month), reporting);

    public static ServiceFigures ServiceFigures(IDbConnection connection, ReportScope scope, int first, int last)
    {
        var row = Marts.One<ServiceRow>(
            connection,
            """
            select
                coalesce(sum(legal_aid_consultations), 0)::bigint as legal_aid,
                coalesce(sum(reception_visitors), 0)::bigint as reception,
                coalesce(sum(safety_participants), 0)::bigint as safety,
                coalesce(sum(legal_aid_days), 0)::bigint as legal_aid_days,
                coalesce(sum(reception_days), 0)::bigint as reception_days,
                coalesce(sum(safety_days), 0)::bigint as safety_days,
                coalesce(sum(participants), 0)::bigint as participants,
                coalesce(sum(service_days), 0)::bigint as days
            from marts.mart_service_block
            where scope = $scope and key = $key and month between $first and $last
            """,
            new { scope = scope.Scope, key = scope.Key, first, last });
        return new ServiceFigures(row.LegalAid, row.Reception, row.Safety, row.LegalAidDays, row.ReceptionDays, row.SafetyDays, row.Participants, row.Days);
    }

    private sealed record ServiceRow
    {
        public long LegalAid { get; init; }

        public long Reception { get; init; }

        public long Safety { get; init; }

        public long LegalAidDays { get; init; }

        public long ReceptionDays { get; init; }

        public long SafetyDays { get; init; }

        public long Participants { get; init; }

        public long Days { get; init; }
    }
}
