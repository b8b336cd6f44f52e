-- The appeal topics of input contract v1 in their listed order, which breaks ties between equally matched or
-- equally frequent topics (methodology §8), with their names for reports.
with

codes as (
    select *
    from (
        values
            ('wages', 1, 'Оплата труда', 'Еңбекақы'),
            ('dismissal', 2, 'Увольнения и сокращения', 'Жұмыстан шығару және қысқарту'),
            ('working_time', 3, 'Рабочее время', 'Жұмыс уақыты'),
            ('leave', 4, 'Отпуска', 'Демалыстар'),
            ('safety', 5, 'Охрана труда', 'Еңбекті қорғау'),
            ('collective_agreement', 6, 'Коллективный договор', 'Ұжымдық шарт'),
            ('social_support', 7, 'Социальная поддержка', 'Әлеуметтік қолдау'),
            ('housing', 8, 'Жильё', 'Тұрғын үй'),
            ('pensions', 9, 'Пенсии', 'Зейнетақы'),
            ('discrimination', 10, 'Дискриминация', 'Кемсітушілік'),
            ('union_work', 11, 'Работа профсоюза', 'Кәсіподақ жұмысы'),
            ('other', 12, 'Другое', 'Басқа')
    ) as t(topic, topic_order, name_ru, name_kk)
),

final as (
    select * from codes
)

select * from final
