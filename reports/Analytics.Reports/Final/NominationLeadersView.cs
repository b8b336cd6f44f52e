using Analytics.Reports.Common.Views;
using Analytics.Reports.Nominations;

namespace Analytics.Reports.Final;

/// <summary>The leader of every nomination of appendix 4: the first of its shortlist, or who puts candidates forward.</summary>
internal sealed record NominationLeadersView(IReadOnlyList<NominationLeaderRow> Rows)
{
    public static NominationLeadersView Build(FinalReport report, ReportText text) =>
        new(report.NominationLeaders.Select(nomination => Row(nomination, text)).ToList());

    private static NominationLeaderRow Row(Nomination nomination, ReportText text)
    {
        var name = text.Name(nomination.NameRu, nomination.NameKk);
        if (nomination.Shortlist.Count == 0)
        {
            return new NominationLeaderRow(name, null, null, null, text["leaders_by_organisations"]);
        }

        var leader = CandidateLineView.From(nomination.Code, nomination.Shortlist[0], text);
        return new NominationLeaderRow(name, leader.Name, leader.Organisation, leader.Score, text["nomination_score." + nomination.Code]);
    }
}

/// <param name="Leader">Null when the nomination has no candidate from the data: <see cref="Note"/> then says who puts them forward.</param>
/// <param name="Note">What the score counts, or who puts candidates forward.</param>
internal sealed record NominationLeaderRow(string Nomination, string? Leader, string? Organisation, string? Score, string Note);
