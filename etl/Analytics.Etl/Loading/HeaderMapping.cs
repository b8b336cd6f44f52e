using Analytics.Etl.Contracts;

namespace Analytics.Etl.Loading;

/// <summary>Where each contract column sits in a file's header (names case-insensitive, order free).</summary>
internal sealed record HeaderMapping(int[] PositionOfColumn, IReadOnlyList<string> UnknownColumns, IReadOnlyList<string> MissingRequired, IReadOnlyList<string> Duplicated)
{
    public bool IsUsable => MissingRequired.Count == 0 && Duplicated.Count == 0;

    public bool IsEmpty => PositionOfColumn.All(position => position < 0) && UnknownColumns.Count == 0;

    /// <summary>Why a file with this header is refused (columns required and missing, or named twice); null when it can be read.</summary>
    public LoadNote? Problem(DatasetContract contract)
    {
        if (IsUsable)
        {
            return null;
        }

        var ru = new List<string>();
        var kk = new List<string>();
        if (MissingRequired.Count > 0)
        {
            ru.Add($"нет обязательных столбцов: {string.Join(", ", MissingRequired)}");
            kk.Add($"міндетті бағандар жоқ: {string.Join(", ", MissingRequired)}");
        }

        if (Duplicated.Count > 0)
        {
            ru.Add($"столбцы названы дважды: {string.Join(", ", Duplicated)}");
            kk.Add($"бағандар екі рет аталған: {string.Join(", ", Duplicated)}");
        }

        var expected = string.Join(", ", contract.Columns.Select(c => c.Name));
        return new LoadNote(
            string.Join("; ", ru) + $". Ожидались столбцы набора «{contract.Name}»: {expected}.",
            string.Join("; ", kk) + $". «{contract.Name}» жинағының бағандары күтілді: {expected}.");
    }

    public static HeaderMapping Map(DatasetContract contract, IReadOnlyList<string> header)
    {
        var names = header.Select(name => name.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var positions = contract.Columns.Select(column => names.IndexOf(column.Name)).ToArray();
        var known = contract.Columns.Select(column => column.Name).ToHashSet(StringComparer.Ordinal);
        return new HeaderMapping(
            positions,
            names.Where(name => !known.Contains(name)).ToList(),
            contract.Columns.Where((column, i) => column.Required && positions[i] < 0).Select(column => column.Name).ToList(),
            names.GroupBy(name => name).Where(group => group.Count() > 1).Select(group => group.Key).ToList());
    }
}
