using System.Globalization;

namespace Analytics.Warehouse.Configuration;

/// <summary>
/// The nominations' settings (methodology §15): a shortlist holds a whole number of candidates, at least one, and the
/// trust leader needs at least 5 survey answers, since no count below 5 is shown for a single primary (§12).
/// </summary>
internal static class NominationLimits
{
    public const string ShortlistSize = "nominations.shortlist_size";

    public const string TrustLeaderMinResponses = "nominations.trust_leader_min_responses";

    public const int FewestResponses = 5;

    public static void Check(IReadOnlyDictionary<string, decimal> targets, string sourceName)
    {
        var size = targets[ShortlistSize];
        if (size < 1 || size != decimal.Truncate(size))
        {
            throw new ConfigurationException(
                Say($"{sourceName}, ключ «{ShortlistSize}»: ожидалось целое число не меньше 1, найдено {size}."),
                Say($"{sourceName}, «{ShortlistSize}» кілті: 1-ден кем емес бүтін сан күтілді, табылғаны {size}."));
        }

        var responses = targets[TrustLeaderMinResponses];
        if (responses < FewestResponses || responses != decimal.Truncate(responses))
        {
            throw new ConfigurationException(
                Say($"{sourceName}, ключ «{TrustLeaderMinResponses}»: ожидалось целое число не меньше {FewestResponses}, найдено {responses}. Меньше {FewestResponses} ответов на одну первичную организацию показывать нельзя (методология §12, §15)."),
                Say($"{sourceName}, «{TrustLeaderMinResponses}» кілті: {FewestResponses}-тен кем емес бүтін сан күтілді, табылғаны {responses}. Бір бастауыш ұйым бойынша {FewestResponses}-тен аз жауапты көрсетуге болмайды (әдістеме §12, §15)."));
        }
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
