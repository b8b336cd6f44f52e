using Analytics.Etl.Loading;
using Analytics.TestSupport;
using Analytics.Warehouse.Lexicon;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// A one-primary federation whose appeals are written as workers type them on a phone, built with every model at
/// cut-off 2026-10-15 (month 1 = September complete, month 2 = October in progress). P1 is in sector S1,
/// territorial T1 and region KZ-75. September: M1 has its own topic; M2–M4 are the Latin-script examples,
/// M8 Cyrillic slang, all four about wages; M5 has no text, M6 a Cyrillic text and M7 a Kazakh Latin greeting that
/// name no topic. October: M9 (СИЗ in capitals) and M10 (topic `other` given by the source).
/// </summary>
public sealed class ClassificationFederation : IDisposable
{
    public static readonly DateOnly Cutoff = new(2026, 10, 15);

    public static readonly (string Id, string ReceivedAt, string? Topic, string? Text)[] Appeals =
    [
        ("M1", "2026-09-03T10:00:00+05:00", "wages", "Прошу разъяснить порядок индексации"),
        ("M2", "2026-09-04T10:00:00+05:00", null, "Jalaqymyzdy üş aidan berı tölemei jatyr"),
        ("M3", "2026-09-05T10:00:00+05:00", null, "zarplatu zaderzhivayut uzhe vtoroi mesyac"),
        ("M4", "2026-09-10T10:00:00+05:00", null, "zhalakyny 2 ai boiy bermei zhatyr"),
        ("M5", "2026-09-11T10:00:00+05:00", null, null),
        ("M6", "2026-09-12T10:00:00+05:00", null, "Здравствуйте, проверка связи"),
        ("M7", "2026-09-20T10:00:00+05:00", null, "Sälem, qalaisyzdar?"),
        ("M8", "2026-09-29T10:00:00+05:00", null, "з/п не платят 2 мес"),
        ("M9", "2026-10-02T10:00:00+05:00", null, "СИЗ не выдают с лета"),
        ("M10", "2026-10-14T10:00:00+05:00", "other", "Спасибо за концерт"),
    ];

    public ClassificationFederation()
    {
        Load = LabelledAppeals.LoadToOnePrimary(Warehouse, Appeals);
        using var connection = Warehouse.Database.Open();
        TopicLexiconTable.Replace(connection, TopicLexiconSource.Shipped());
        ModelRunner.Shipped().Build(connection, Cutoff, "test");
    }

    public TemporaryWarehouse Warehouse { get; } = new();

    public BatchLoadResult Load { get; }

    public List<T> Query<T>(string sql, object? parameters = null)
    {
        using var connection = Warehouse.Database.Open();
        return connection.Query<T>(sql, parameters).ToList();
    }

    public void Dispose() => Warehouse.Dispose();
}
