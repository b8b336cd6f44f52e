namespace Analytics.Etl.Forms;

/// <summary>The monthly form's labels in Russian and Kazakh; each label ends with the contract's field name in brackets.</summary>
public static class FormLabels
{
    public static readonly IReadOnlyList<string> ReportSheetNames = ["Отчет", "Отчёт", "Есеп"];

    public static readonly IReadOnlyList<string> EventSheetNames = ["Мероприятия", "Іс-шаралар"];

    /// <summary>The template's third sheet, the code lists for the events' columns: never read as data.</summary>
    public static readonly IReadOnlyList<string> CodeSheetNames = ["Коды", "Кодтар"];

    public static readonly IReadOnlyList<(string Field, string Ru, string Kk)> ReportFields =
    [
        ("org_id", "Код первичной организации", "Бастауыш ұйымның коды"),
        ("period", "Отчётный месяц, ГГГГ-ММ", "Есепті ай, ЖЖЖЖ-АА"),
        ("workers_reached_month", "Охвачено членов профсоюза за месяц", "Ай ішінде қамтылған кәсіподақ мүшелері"),
        ("workers_reached_total", "Охвачено членов профсоюза с начала кампании", "Науқан басынан бері қамтылған кәсіподақ мүшелері"),
        ("appeals_offline", "Обращения лично и на бумаге", "Жеке және қағаз түріндегі өтініштер"),
        ("appeals_offline_resolved", "Из них решено", "Оның ішінде шешілгені"),
        ("legal_aid_consultations", "Консультации в день правовой помощи", "Құқықтық көмек күніндегі кеңестер"),
        ("reception_visitors", "Принято в день приёма граждан", "Азаматтарды қабылдау күні қабылданғандар"),
        ("safety_participants", "Охвачено днём охраны труда", "Еңбекті қорғау күнімен қамтылғандар"),
        ("because_participants", "Участники акции «Я в профсоюзе, потому что…»", "«Мен кәсіподақтамын, себебі…» акциясының қатысушылары"),
        ("help_story_case_id", "Код истории помощи в Банке побед", "Жеңістер банкіндегі көмек тарихының коды"),
        ("submitted_at", "Дата заполнения", "Толтырылған күні"),
    ];

    public static readonly IReadOnlyList<(string Field, string Ru, string Kk)> EventFields =
    [
        ("event_id", "Код мероприятия (можно не заполнять)", "Іс-шара коды (толтырмауға болады)"),
        ("type", "Тип мероприятия (из списка)", "Іс-шара түрі (тізімнен)"),
        ("date", "Дата", "Күні"),
        ("participants", "Участники", "Қатысушылар"),
        ("youth_participants", "Из них молодёжь до 35 лет", "Оның ішінде 35 жасқа дейінгі жастар"),
        ("title", "Название", "Атауы"),
        ("format", "Формат (offline, online, mixed)", "Форматы (offline, online, mixed)"),
    ];

    public static string Label(string text, string field) => $"{text} ({field})";

    /// <summary>The contract field a label stands for: the name in its brackets, the label in either language, or the bare name.</summary>
    public static string? FieldOf(string? label, IReadOnlyList<(string Field, string Ru, string Kk)> fields)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var text = label.Trim().TrimEnd(':').Trim();
        var open = text.LastIndexOf('(');
        if (open >= 0 && text.EndsWith(')'))
        {
            var inBrackets = text[(open + 1)..^1].Trim();
            if (fields.Any(field => field.Field.Equals(inBrackets, StringComparison.OrdinalIgnoreCase)))
            {
                return inBrackets.ToLowerInvariant();
            }
        }

        return fields.FirstOrDefault(field =>
            field.Field.Equals(text, StringComparison.OrdinalIgnoreCase)
            || field.Ru.Equals(text, StringComparison.OrdinalIgnoreCase)
            || field.Kk.Equals(text, StringComparison.OrdinalIgnoreCase)).Field;
    }
}
