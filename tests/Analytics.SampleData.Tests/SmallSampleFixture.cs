namespace Analytics.SampleData.Tests;

/// <summary>One Small-scale federation written once for all tests of the collection.</summary>
public sealed class SmallSampleFixture : IDisposable
{
    private readonly Dictionary<string, CsvTable> _tables = new(StringComparer.Ordinal);

    public SmallSampleFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "senim-sample-" + Path.GetRandomFileName());
        Summary = SampleFederation.Write(Directory, new SampleOptions());
    }

    public string Directory { get; }

    public IReadOnlyDictionary<string, long> Summary { get; }

    internal CsvTable Table(string fileName)
    {
        lock (_tables)
        {
            if (!_tables.TryGetValue(fileName, out var table))
            {
                _tables[fileName] = table = CsvTable.Read(Path.Combine(Directory, fileName));
            }

            return table;
        }
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class SmallSampleGroup : ICollectionFixture<SmallSampleFixture>
{
    public const string Name = "Small sample";
}
