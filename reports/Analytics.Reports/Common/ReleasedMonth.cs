using System.Data;

namespace Analytics.Reports.Common;

/// <summary>
/// A released month (methodology §14): the revision a report prints it from and that revision's marts, opened by the
/// caller as a <c>marts</c> schema over the release's files.
/// </summary>
public sealed record ReleasedMonth(int Month, int Revision, IDbConnection Marts);
