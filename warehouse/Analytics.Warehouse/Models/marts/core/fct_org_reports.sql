with

reports as (select * from intermediate.int_reports_dated),

final as (
    select
        org_id,
        period,
        campaign_month,
        workers_reached_month,
        workers_reached_total,
        appeals_offline,
        appeals_offline_resolved,
        legal_aid_consultations,
        reception_visitors,
        safety_participants,
        because_participants,
        help_story_case_id,
        batch_id,
        source_file,
        source_row
    from reports
)

select * from final
