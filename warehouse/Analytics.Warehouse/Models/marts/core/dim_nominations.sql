-- The nominations of appendix 4 of the concept, with their official names as adopted (Russian); the Kazakh names
-- are the federation's translation. from_data marks those whose shortlist the warehouse draws (methodology §15);
-- the others are put forward by organisations only.
select * from (values
    (1, 'main', 'best_primary', 'Лучшая первичная профсоюзная организация', 'Үздік бастауыш кәсіподақ ұйымы', true),
    (2, 'main', 'best_sector', 'Лучший отраслевой профсоюз', 'Үздік салалық кәсіподақ', true),
    (3, 'main', 'best_territorial', 'Лучшее территориальное объединение профсоюзов', 'Кәсіподақтардың үздік аумақтық бірлестігі', true),
    (4, 'main', 'best_ambassador', 'Лучший профсоюзный амбассадор', 'Үздік кәсіподақ амбассадоры', true),
    (5, 'main', 'trust_leader', 'Лидер доверия', 'Сенім көшбасшысы', true),
    (6, 'special', 'best_protection_story', 'Лучшая история защиты работника', 'Қызметкерді қорғаудың үздік тарихы', true),
    (7, 'special', 'best_victory', 'Лучшая профсоюзная победа года', 'Жылдың үздік кәсіподақ жеңісі', true),
    (8, 'special', 'best_legal_case', 'Лучший правовой кейс', 'Үздік құқықтық кейс', true),
    (9, 'special', 'best_safety_case', 'Лучший кейс по охране труда', 'Еңбекті қорғау бойынша үздік кейс', true),
    (10, 'special', 'best_youth_project', 'Лучший молодежный проект', 'Үздік жастар жобасы', true),
    (11, 'special', 'best_digital_project', 'Лучший цифровой проект', 'Үздік цифрлық жоба', false),
    (12, 'special', 'best_media_project', 'Лучший медиапроект', 'Үздік медиажоба', true),
    (13, 'special', 'best_social_solidarity', 'Лучший проект социальной солидарности', 'Әлеуметтік ынтымақтастықтың үздік жобасы', true),
    (14, 'sign', 'loyalty_to_union_values', 'За верность профсоюзным ценностям', 'Кәсіподақ құндылықтарына адалдығы үшін', false),
    (15, 'sign', 'union_solidarity', 'За развитие профсоюзной солидарности', 'Кәсіподақ ынтымақтастығын дамытқаны үшін', false)
) as nominations(position, section, nomination, name_ru, name_kk, from_data)
