with

reports as (select * from raw.org_reports),

ranked as (
    select
        reports.*,
        row_number() over (
            partition by org_id, period
            order by submitted_at desc nulls last, batch_id desc, source_file desc, source_row desc
        ) as delivery_rank
    from reports
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
    from ranked
    where delivery_rank = 1
)

select * from final
