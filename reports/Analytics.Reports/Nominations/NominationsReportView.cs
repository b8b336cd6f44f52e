using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;

namespace Analytics.Reports.Nominations;

/// <summary>The commission's pack laid out for <c>Pdf/Templates/nominations.liquid</c>: a cover and one section per nomination.</summary>
internal sealed record NominationsReportView(CoverView Cover, IReadOnlyList<SectionView> Sections)
{
    public static NominationsReportView Build(NominationsReport report, ReportLanguage language)
    {
        var text = new ReportText(language);
        var campaign = report.Campaign;
        var name = text.Kazakh ? campaign.NameKk : campaign.NameRu;
        var cover = new CoverView(
            language.Code,
            text["nominations_document_title"],
            language["organisation"],
            text["final_campaign"] + " «" + name + "»",
            text["nominations_kind"],
            text["nominations_title"],
            text["nominations_subject"],
            text.Text("campaign_period", ("start", text.Format.Date(campaign.FirstDay)), ("end", text.Format.Date(campaign.LastDay))),
            null,
            text.Text("data_as_of", ("date", text.Format.Date(campaign.Cutoff))),
            report.Preliminary ? text.Text("nominations_preliminary", ("end", text.Format.Date(campaign.LastDay)), ("date", text.Format.Date(campaign.Cutoff))) : null,
            text["nominations_kind"] + " · " + text["nominations_title"]);

        var sections = report.Nominations
            .Select((nomination, i) => new SectionView(
                ReportText.Int(i + 1),
                text.Name(nomination.NameRu, nomination.NameKk),
                "s" + ReportText.Int(i + 1),
                PeriodicTemplates.Section("nomination", NominationSectionView.Build(nomination, campaign.Cutoff, text), text)))
            .ToList();
        return new NominationsReportView(cover, sections);
    }
}

/// <param name="Kind">Which part of appendix 4 the nomination belongs to.</param>
/// <param name="Lead">Who the candidates are and how they are scored; null for a nomination put forward by organisations.</param>
/// <param name="None">Why there is no shortlist; null when there is one.</param>
internal sealed record NominationSectionView(string Kind, string? Lead, string? None, string ScoreHeader, IReadOnlyList<CandidateLineView> Candidates)
{
    public static NominationSectionView Build(Nomination nomination, DateOnly cutoff, ReportText text)
    {
        var kind = text["nomination_section." + nomination.Section];
        if (!nomination.FromData)
        {
            return new NominationSectionView(kind, null, text["nomination_by_organisations"], "", []);
        }

        return new NominationSectionView(
            kind,
            text["nomination_lead." + nomination.Code],
            nomination.Shortlist.Count == 0 ? text.Text("nomination_empty", ("date", text.Format.Date(cutoff))) : null,
            text["nomination_score." + nomination.Code],
            nomination.Shortlist.Select(candidate => CandidateLineView.From(nomination.Code, candidate, text)).ToList());
    }
}

/// <summary>One shortlisted candidate: place, who or what, the organisation, the score, and the evidence line by line.</summary>
internal sealed record CandidateLineView(string Rank, string Name, string? Organisation, string Score, IReadOnlyList<EvidenceView> Evidence)
{
    public static CandidateLineView From(string nomination, NominationCandidate candidate, ReportText text)
    {
        var organisation = text.Name(candidate.OrgNameRu, candidate.OrgNameKk);
        var score = nomination == "trust_leader"
            ? text.Format.Number(candidate.Score, 2)
            : candidate.Organisation is not null ? text.Score(candidate.Score) : text.Format.Number(candidate.Score, 0);
        var (name, sub) = candidate switch
        {
            { Case: { } story } => (story.Title, organisation),
            { Event: { } youth } => (youth.Title ?? Label(text, "event_type." + youth.EventType, youth.EventType), organisation),
            { Publication: { } publication } => (text.Platform(publication.Platform) + " · " + text.Format.Date(publication.Date), organisation),
            { Ambassador: not null } => (text.Text("ambassador_name", ("rank", text.Count(candidate.Rank))), organisation),
            _ => (organisation, (string?)null),
        };
        return new CandidateLineView(text.Count(candidate.Rank), name, sub, score, EvidenceOf(candidate, text));
    }

    private static List<EvidenceView> EvidenceOf(NominationCandidate candidate, ReportText text) => candidate switch
    {
        { Organisation: { } terms } =>
        [
            new(text["evidence_trust_index"], text.Score(terms.TrustIndex)),
            new(text["evidence_completion"], text.Text("evidence_completion_value",
                ("share", text.Share(terms.Completion)), ("points", text.Score(25m * (terms.Completion ?? 0m))))),
            new(text["evidence_cases"], text.Text("evidence_cases_value", ("count", text.Count(terms.Cases)), ("points", text.Score(terms.CasesPoints)))),
        ],
        { Trust: { } trust } =>
        [
            new(text["evidence_mean_trust"], text.Format.Number(candidate.Score, 2)),
            new(text["evidence_responses"], text.Private(trust.Responses)),
        ],
        { Ambassador: { } work } =>
        [
            new(text["ambassador_col_category"], Label(text, "ambassador_category." + work.Category, work.Category)),
            new(text["ambassador_col_publications"], text.Count(work.Publications)),
            new(text["ambassador_col_events"], text.Count(work.EventsOrganised)),
        ],
        { Case: { } story } => CaseEvidence(story, text),
        { Event: { } youth } =>
        [
            new(text["youth_col_what"], Label(text, "event_type." + youth.EventType, youth.EventType)),
            new(text["media_col_date"], text.Format.Date(youth.Date)),
            new(text["evidence_participants"], text.Count(youth.Participants)),
        ],
        { Publication: { } publication } => PublicationEvidence(publication, text),
        _ => [],
    };

    private static List<EvidenceView> CaseEvidence(PracticeCaseStory story, ReportText text)
    {
        var lines = new List<EvidenceView>
        {
            new(text["gallery_col_category"], Label(text, "case_category." + story.Category, story.Category)),
            new(text["gallery_problem"], story.Problem ?? text["no_data"]),
            new(text["gallery_actions"], story.Actions ?? text["no_data"]),
            new(text["gallery_result"], story.Result ?? text["no_data"]),
            new(text["gallery_col_helped"], text.Count(story.WorkersHelped)),
            new(text["gallery_col_amount"], story.AmountKzt is { } amount ? text.Format.Number(amount, 0) : text["no_data"]),
        };
        if (story.DecidedAt is { } decided)
        {
            lines.Add(new(text["gallery_col_decided"], text.Format.Date(decided)));
        }

        return lines;
    }

    private static List<EvidenceView> PublicationEvidence(MediaPublication publication, ReportText text)
    {
        var lines = new List<EvidenceView>
        {
            new(text["media_col_format"], Label(text, "format." + publication.Format, publication.Format)),
            new(text["media_col_reach"], text.Count(publication.Reach)),
            new(text["media_col_views"], text.Count(publication.Views)),
        };
        // only a web address is printed: the field is free text from the organisations (javascript:…, mailto:…)
        if (Uri.TryCreate(publication.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            lines.Add(new(text["evidence_url"], publication.Url!));
        }

        return lines;
    }

    private static string Label(ReportText text, string key, string fallback) =>
        text.Language.Labels.TryGetValue(key, out var label) ? label : fallback;
}

internal sealed record EvidenceView(string Label, string Value);
