using static Analytics.Etl.Contracts.ColumnContract;

namespace Analytics.Etl.Contracts;

/// <summary>The unions' monthly confirmation of their organisations' data (the cabinet's passport, section V).</summary>
public static partial class InputContract
{
    public static readonly DatasetContract Confirmations = new(
        "confirmations",
        [
            Id("confirmation_id"),
            Id("org_id"),
            new("period", ValueKind.Period, Required: true),
            Code("status", CodeLists.ConfirmationStatuses, required: true),
            new("confirmed_at", ValueKind.Timestamp, Required: true),
            new("confirmed_by", ValueKind.Text),
            new("comment", ValueKind.Text),
        ],
        [
            new("org_id",
                "p.org_id is not null and not exists (select 1 from load_known_orgs k where k.org_id = p.org_id and k.level in ('sector', 'territorial'))",
                "not_a_union",
                new(
                    "org_id отраслевого профсоюза или территориального объединения (level = sector или territorial): подтверждают только они",
                    "салалық кәсіподақтың немесе аумақтық бірлестіктің org_id (level = sector немесе territorial): тек солар растайды")),
            new("period",
                """
                p.period is not null and not exists (
                    select 1 from config.campaign c
                    where strptime(p.period || '-01', '%Y-%m-%d')::date between c.start_month and c.start_month + to_months(c.months - 1))
                """,
                "outside_campaign",
                new(
                    "месяц кампании: от start_month на months месяцев (campaign.json)",
                    "науқан айы: start_month-тан бастап months ай (campaign.json)")),
        ])
    {
        IdColumns = ["confirmation_id"],
        VersionColumn = "confirmed_at",
    };
}
