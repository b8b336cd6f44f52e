namespace Analytics.Reports.Common;

/// <summary>
/// The mandatory service block (the Concept's section IX): participants of the Unified days of legal aid, of
/// citizens' reception and of labour protection, from the primaries' monthly reports, and the block's events.
/// </summary>
/// <param name="ThisMonth">The report's month.</param>
/// <param name="ToDate">Campaign months 1..the report's month.</param>
/// <param name="Reporting">Completeness of the month's reports in the group: the figures rest on them (methodology §11).</param>
public sealed record ServiceBlock(int Month, ServiceFigures ThisMonth, ServiceFigures ToDate, Reporting Reporting);

/// <param name="LegalAid">Σ legal_aid_consultations.</param>
/// <param name="Reception">Σ reception_visitors.</param>
/// <param name="Safety">Σ safety_participants.</param>
/// <param name="LegalAidDays">Events of type legal_aid_day; likewise reception_day and safety_day.</param>
public sealed record ServiceFigures(
    long LegalAid,
    long Reception,
    long Safety,
    long LegalAidDays,
    long ReceptionDays,
    long SafetyDays,
    long Participants,
    long Days);
