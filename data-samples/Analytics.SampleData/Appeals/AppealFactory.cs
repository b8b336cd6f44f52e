using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Appeals;

/// <summary>Draws one appeal: channel, kind, routing, text, answer times, status and rating.</summary>
internal sealed class AppealFactory(Random random)
{
    private static readonly WeightedChoice<string> Channel = new(
        ("web", 22), ("whatsapp", 20), ("telegram", 14), ("phone", 10), ("hotline", 12),
        ("email", 6), ("in_person", 6), ("reception_day", 5), ("legal_aid_day", 5));

    private static readonly WeightedChoice<string> Kind = new(("question", 35), ("complaint", 25), ("problem", 20), ("suggestion", 10), ("rating", 10));
    private static readonly WeightedChoice<string> AnsweredStatus = new(("resolved", 40), ("explained", 28), ("in_progress", 20), ("redirected", 8), ("rejected", 4));
    private static readonly WeightedChoice<bool?> Member = new((true, 78), (false, 15), (null, 7));
    private static readonly WeightedChoice<string?> AgeGroup = new(("youth", 30), ("adult", 58), ("unknown", 7), (null, 5));
    private static readonly WeightedChoice<int> GoodRating = new((5, 45), (4, 30), (3, 13), (2, 7), (1, 5));
    private static readonly WeightedChoice<int> FairRating = new((5, 30), (4, 35), (3, 20), (2, 10), (1, 5));
    private static readonly WeightedChoice<int> PoorRating = new((5, 10), (4, 20), (3, 30), (2, 20), (1, 20));

    private readonly string[] _recentKeys = new string[256];
    private int _keysIssued;

    public AppealDraft Create(DateOnly day, PrimaryOrg routedVia, string? forcedTopic = null)
    {
        var receivedAt = TimeOfDay(day);
        var channel = Channel.Next(random);
        var kind = forcedTopic is null ? Kind.Next(random) : random.Pick(["complaint", "problem", "question"]);
        var topic = forcedTopic ?? (kind == "rating" ? (random.Chance(0.8) ? "union_work" : "other") : Topics.Choice.Next(random));
        var topicGiven = random.Chance(forcedTopic is null ? 0.6 : 0.7);
        var kazakh = random.Chance(routedVia.KazakhShare);

        var answered = !random.Chance(0.08);
        DateTime? firstResponse = answered ? receivedAt.AddMinutes(Math.Max(3, ResponseHours(channel, routedVia) * 60)) : null;
        var status = answered ? AnsweredStatus.Next(random) : random.Chance(0.7) ? "new" : "in_progress";
        DateTime? resolvedAt = status switch
        {
            "resolved" => firstResponse!.Value.AddMinutes(random.LogNormal(60, 1.0) * 60),
            "explained" when random.Chance(0.4) => firstResponse,
            _ => null,
        };
        var satisfaction = Satisfaction(kind, status);
        var text = !topicGiven || random.Chance(0.85) || kind == "rating"
            ? AppealComposer.Compose(random, topic, kind, kazakh, satisfaction)
            : null;
        if (text is not null && random.Chance(0.03))
        {
            text = AppealComposer.WithPersonalData(random, text, kazakh);
        }

        var latest = new[] { receivedAt, firstResponse ?? receivedAt, resolvedAt ?? receivedAt }.Max();
        return new AppealDraft(
            receivedAt, channel, kind, RoutedTo(routedVia), topicGiven ? topic : null, text, firstResponse, resolvedAt, status,
            satisfaction, Member.Next(random), AgeGroup.Next(random), AppellantKey(),
            random.Chance(0.04) ? null : latest.AddMinutes(random.Between(0, 90)));
    }

    private DateTime TimeOfDay(DateOnly day)
    {
        // A few arrive around midnight local time: they must land in the right local day.
        var slot = random.NextDouble();
        var (from, to) = slot switch
        {
            < 0.02 => (23.5, 24.0),
            < 0.035 => (0.0, 0.5),
            < 0.065 => (0.5, 7.5),
            < 0.845 => (8.0, 20.0),
            _ => (20.0, 23.5),
        };
        return CampaignCalendar.At(random, day, from, to).AddSeconds(random.Next(60));
    }

    private string RoutedTo(PrimaryOrg primary)
    {
        var level = random.NextDouble();
        return level switch
        {
            < 0.87 => primary.Id,
            < 0.93 => primary.Sector.Id,
            < 0.98 => primary.Territory.Id,
            _ => SampleRegistry.FederationId,
        };
    }

    private double ResponseHours(string channel, PrimaryOrg primary)
    {
        var median = channel switch
        {
            "phone" or "hotline" or "in_person" or "reception_day" or "legal_aid_day" => 1.5,
            "whatsapp" or "telegram" => 5,
            _ => 18,
        };

        // Less engaged organisations answer more slowly: criterion 3 of the trust index differs between groups.
        return random.LogNormal(median / Math.Pow(primary.Engagement, 4), 1.3);
    }

    private int? Satisfaction(string kind, string status)
    {
        if (kind == "rating")
        {
            return FairRating.Next(random);
        }

        return status switch
        {
            "resolved" when random.Chance(0.6) => GoodRating.Next(random),
            "explained" when random.Chance(0.6) => FairRating.Next(random),
            "in_progress" or "redirected" or "rejected" when random.Chance(0.3) => PoorRating.Next(random),
            "new" when random.Chance(0.05) => PoorRating.Next(random),
            _ => null,
        };
    }

    private string? AppellantKey()
    {
        if (random.Chance(0.03))
        {
            return null;
        }

        // Some workers write more than once.
        if (_keysIssued > 0 && random.Chance(0.12))
        {
            return _recentKeys[random.Next(Math.Min(_keysIssued, _recentKeys.Length))];
        }

        var key = "ak-" + random.Hex(16);
        _recentKeys[_keysIssued++ % _recentKeys.Length] = key;
        return key;
    }
}
