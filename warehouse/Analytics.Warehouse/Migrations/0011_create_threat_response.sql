-- The texts of the algorithm's appendices 1 (response matrix) and 6 (threat traffic light, special regime), in
-- Kazakh as adopted and in Russian (methodology §10). Refilled from Threats/threat-response.json at every build
-- (Threats/ThreatResponseTable.cs); reports read them through marts.dim_threat_response.
create table config.threat_response (
    subject varchar not null,   -- appendix | zone | regime | level
    key varchar not null,       -- 1 | 6; green … red; special; low … critical
    language varchar not null,  -- kk | ru
    item varchar not null,      -- title, leader_actions, inform_federation, monitoring, summary, responsible, …
    position integer not null,  -- 1.. within a list; 1 for a single text
    text varchar not null,
    primary key (subject, key, language, item, position)
);

-- What each zone asks for, as codes: informing the federation and the monitoring frequency.
create table config.threat_zone_codes (
    zone varchar primary key,
    inform_federation varchar not null,
    monitoring varchar not null
);
