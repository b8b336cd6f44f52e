namespace Analytics.Etl.Contracts;

/// <summary>A dataset of the input contract: its columns in contract order, its id and its rules between columns.</summary>
public sealed record DatasetContract(string Name, IReadOnlyList<ColumnContract> Columns, IReadOnlyList<RowCheck> Checks)
{
    /// <summary>Columns that identify one delivered version (re-delivery replaces by these).</summary>
    public IReadOnlyList<string> IdColumns { get; init; } = [];

    /// <summary>The timestamp that orders re-deliveries and marks how far a database source has been read, if the dataset has one.</summary>
    public string? VersionColumn { get; init; }

    /// <summary>Columns replaced by a keyed hash on load (methodology §12).</summary>
    public IReadOnlyList<string> Pseudonymised { get; init; } = [];

    /// <summary>Free-text columns whose phone numbers, emails and IIN/BIN are masked on load (methodology §12).</summary>
    public IReadOnlyList<string> Scrubbed { get; init; } = [];

    public ColumnContract Column(string name) => Columns.Single(column => column.Name == name);

    public int Position(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"Dataset {Name} has no column {column}.", nameof(column));
    }
}
