with

reports as not materialized (select * from raw.org_reports),

-- An id delivered once is its own latest version; only the ids delivered again are ranked, since a window over
-- every row sorts them all.
delivered_again as (select org_id, period from reports group by org_id, period having count(*) > 1),

latest_of_delivered_again as (
    select *
    from reports semi join delivered_again using (org_id, period)
    qualify row_number() over (
        partition by org_id, period
        order by submitted_at desc nulls last, batch_id desc, source_file desc, source_row desc
    ) = 1
),

latest as (
    select * from reports anti join delivered_again using (org_id, period)
    union all
    select * from latest_of_delivered_again
),

final as (
    select
        org_id,
        period,
        strptime(period || '-01', '%Y-%m-%d')::date as period_start,
        last_day(strptime(period || '-01', '%Y-%m-%d')::date) as period_end,
        workers_reached_month,
        workers_reached_total,
        appeals_offline,
        appeals_offline_resolved,
        legal_aid_consultations,
        reception_visitors,
        safety_participants,
        because_participants,
        help_story_case_id,
        submitted_at,
        batch_id,
        source_file,
        source_row
    from latest
)

select * from final
