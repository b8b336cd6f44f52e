using Analytics.Etl.Contracts;

namespace Analytics.Etl.Validation;

/// <summary>What a column of a given kind should hold, in Russian and Kazakh, for quarantine messages.</summary>
internal static class Expectations
{
    public static readonly Expectation Required = new("обязательное значение", "міндетті мән");

    public static Expectation For(ColumnContract column) => column.Kind switch
    {
        ValueKind.WholeNumber when column.Max is { } max => new($"целое число от {column.Min} до {max}", $"{column.Min}-ден {max}-ге дейінгі бүтін сан"),
        ValueKind.WholeNumber => new($"целое число ≥ {column.Min ?? 0}", $"{column.Min ?? 0}-ден кем емес бүтін сан"),
        ValueKind.DecimalNumber => new("число ≥ 0, не больше двух знаков после запятой (разделитель . или ,)", "0-ден кем емес сан, үтірден кейін екі таңбадан аспайды (бөлгіш . немесе ,)"),
        ValueKind.Date => new("дата ГГГГ-ММ-ДД или ДД.ММ.ГГГГ", "ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ күні"),
        ValueKind.Timestamp => new("дата и время ISO 8601 или ДД.ММ.ГГГГ ЧЧ:ММ", "ISO 8601 немесе КК.АА.ЖЖЖЖ СС:ММ күні мен уақыты"),
        ValueKind.Boolean => new("да/нет (true/false, 1/0, иә/жоқ, yes/no)", "иә/жоқ (true/false, 1/0, да/нет, yes/no)"),
        ValueKind.Code => new($"одно из: {string.Join(", ", column.Codes)}", $"мыналардың бірі: {string.Join(", ", column.Codes)}"),
        ValueKind.Period => new("период ГГГГ-ММ", "ЖЖЖЖ-АА кезеңі"),
        ValueKind.Bin => new("БИН из 12 цифр с верным контрольным разрядом", "бақылау разряды дұрыс 12 цифрлы БСН"),
        _ => Required,
    };
}
