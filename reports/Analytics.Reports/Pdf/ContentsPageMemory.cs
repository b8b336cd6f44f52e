using System.Collections.Concurrent;

namespace Analytics.Reports.Pdf;

/// <summary>
/// Remembers on which pages the sections of the last report of a kind were printed, so that the next report of the
/// same kind (another sector union's, in the same language) is first printed with those page numbers in its
/// contents. When the guess is right (reports of one kind are laid out alike) one printing suffices; when it is
/// wrong, the report is printed again with the pages found, as without a guess. The result never depends on it.
/// </summary>
public sealed class ContentsPageMemory
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> pages = new(StringComparer.Ordinal);

    internal IReadOnlyDictionary<string, int>? Guess(string kind) => pages.GetValueOrDefault(kind);

    internal void Remember(string kind, IReadOnlyDictionary<string, int> found) => pages[kind] = found;
}
