using Analytics.Etl.Loading;
using Analytics.Warehouse.Configuration;
using Dapper;

namespace Analytics.Etl.Privacy;

/// <summary>
/// Refuses a batch under a pseudonym secret other than the warehouse's: the same appellant would get a second
/// pseudonym and be counted twice. Rotating the secret is an explicit choice, recorded with its batch.
/// </summary>
internal static class SecretFingerprint
{
    public static void Check(BatchContext batch, PseudonymKey key, bool rotate)
    {
        var recorded = batch.Connection.ExecuteScalar<string?>(
            "select fingerprint from config.pseudonym_fingerprints order by batch_id desc limit 1");
        if (recorded == key.Fingerprint)
        {
            return;
        }

        if (recorded is not null && !rotate)
        {
            throw new ConfigurationException(
                "Секрет псевдонимизации не тот, с которым загружались прежние пакеты: те же заявители получили бы новые псевдонимы. " +
                $"Верните прежний секрет ({PseudonymKey.EnvironmentVariable} или pseudonym_secret в --config) или, если смена намеренная, повторите с --rotate-pseudonym-secret. Хранилище не изменено.",
                "Бүркеншік ат құпиясы бұрынғы пакеттер жүктелген құпия емес: сол өтініш берушілер жаңа бүркеншік аттар алар еді. " +
                $"Бұрынғы құпияны қайтарыңыз ({PseudonymKey.EnvironmentVariable} немесе --config ішіндегі pseudonym_secret) немесе ауыстыру әдейі болса, --rotate-pseudonym-secret арқылы қайталаңыз. Қойма өзгертілмеді.");
        }

        batch.Connection.Execute(
            "insert into config.pseudonym_fingerprints values ($fingerprint, $batch, $at)",
            new { fingerprint = key.Fingerprint, batch = batch.BatchId, at = DateTime.UtcNow });
    }
}
