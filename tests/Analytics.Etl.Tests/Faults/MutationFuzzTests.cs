using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse;
using CsCheck;
using Dapper;
using Xunit.Abstractions;

namespace Analytics.Etl.Tests.Faults;

/// <summary>
/// Issue 10, "the load invariants hold under every fault": valid input files are damaged at random (flipped and
/// inserted bytes, truncation, NULs, huge fields, Windows-1251 patches, special files) and loaded; whatever the
/// damage, rows read = loaded + quarantined for every accepted file, a refused file leaves nothing behind, no
/// contact detail or IIN reaches raw text, quarantine or the load report, and the load ends. CsCheck prints the
/// seed of a failure: add it to <see cref="Load_KeptCase_KeepsTheInvariants"/> so it stays a regular test.
/// </summary>
public sealed partial class MutationFuzzTests(MutationFuzzTests.Registry registry, ITestOutputHelper output) : IClassFixture<MutationFuzzTests.Registry>
{
    /// <summary>Iterations a run; SENIM_FUZZ_ITERATIONS overrides (a long local run: 2000).</summary>
    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("SENIM_FUZZ_ITERATIONS"), CultureInfo.InvariantCulture, out var n) ? n : 30;

    private static readonly PseudonymKey Key = new("fuzz-secret-of-sixteen-or-more");

    /// <summary>Valid files, with the personal data the loader must mask: phones, an e-mail, an IIN, an author.</summary>
    private static readonly Dictionary<string, string> Inputs = new(StringComparer.Ordinal)
    {
        ["events.csv"] = string.Join("\n", SmallFederation.Events) + "\n",
        ["cases.csv"] = string.Join("\n", SmallFederation.Cases) + "\n",
        ["appeals.csv"] = """
            appeal_id,received_at,channel,kind,org_id,topic,text,first_response_at,resolved_at,status,satisfaction,appellant_key
            A1,2026-09-10T10:00:00+05:00,web,question,P1,,"Звоните +7 701 123 45 67 или 87011234567, пишите a.b@mail.kz",,,new,,ak-1
            A2,11.09.2026 12:30,telegram,complaint,P2,,"ИИН 900101300125, иванов@почта.рф, wa.me/77011234567",,,new,4,ak-2
            A3,2026-09-12,phone,problem,P3,,"Задержка зарплаты; 7 701 123 45 67; 900101 300125",,,resolved,5,ak-3

            """,
        ["threat_journal.jsonl"] = """
            {"entry_id": "T1", "org_id": "P1", "detected_at": "2026-09-10T10:00:00+05:00", "source_type": "social", "author": "Иван Петров", "summary": "пишет 87011234567", "sign": "negative", "level": "low"}
            {"entry_id": "T2", "org_id": "P2", "detected_at": "2026-09-11T10:00:00+05:00", "source_type": "media", "author": "a.b@mail.kz", "summary": "ИИН 900101300125", "sign": "negative", "level": "high"}

            """,
    };

    private static readonly string[] Files = [.. Inputs.Keys.Order(StringComparer.Ordinal)];

    private static readonly Gen<Mutation> Mutations = Gen.Select(
        Gen.Int[0, Files.Length - 1], Gen.Enum<Damage>(), Gen.Double[0, 1], Gen.Int[1, 64], Gen.Byte,
        (file, damage, where, length, value) => new Mutation(Files[file], damage, where, length, value));

    [Fact]
    public void Load_RandomlyDamagedFiles_KeepTheInvariants()
    {
        var seed = Environment.GetEnvironmentVariable("SENIM_FUZZ_SEED");
        output.WriteLine($"mutation fuzz: {Iterations} iterations, seed {seed ?? "random (printed by CsCheck on failure)"}");
        Mutations.Sample(
            mutation =>
            {
                output.WriteLine(mutation.ToString());
                LoadAndCheck(mutation);
            },
            seed: seed, iter: Iterations, threads: 1);
    }

    // One case of each kind of damage, and every failing case the fuzz test has found, kept as regular tests.
    [Theory]
    [InlineData("appeals.csv", Damage.Nul, 0.62, 1, 0)]
    [InlineData("appeals.csv", Damage.Flip, 0.45, 1, 0xFF)]
    [InlineData("threat_journal.jsonl", Damage.Truncate, 0.31, 1, 0)]
    [InlineData("threat_journal.jsonl", Damage.Flip, 0.1, 1, (byte)'{')]
    [InlineData("events.csv", Damage.HugeField, 0.5, 1, 0)]
    [InlineData("cases.csv", Damage.Windows1251, 0.4, 40, 0)]
    [InlineData("events.csv", Damage.LinkToDevice, 0, 1, 0)]
    [InlineData("appeals.csv", Damage.Fifo, 0, 1, 0)]
    public void Load_KeptCase_KeepsTheInvariants(string file, Damage damage, double where, int length, byte value) =>
        LoadAndCheck(new Mutation(file, damage, where, length, value));

    private void LoadAndCheck(Mutation mutation)
    {
        using var iteration = new TemporaryWarehouse();
        File.Copy(registry.Warehouse.Database.Path, iteration.Database.Path);
        mutation.WriteInto(iteration.Inbox, Inputs[mutation.File]);

        var loading = Task.Run(() => new BatchLoader(iteration.Database, Key).Load(iteration.Inbox));
        Assert.True(loading.Wait(TimeSpan.FromMinutes(1)), $"{mutation}: the load did not end");
        var result = loading.Result;
        var reports = LoadReportWriter.Write(iteration.Database, result, kazakh: false);

        using var connection = iteration.Database.Open();
        foreach (var file in result.Files.Where(file => file.Dataset is not null))
        {
            var kept = connection.ExecuteScalar<long>(
                $"select count(*) from raw.{file.Dataset} where batch_id = $batch and source_file = $file", new { batch = result.BatchId, file = file.FileName });
            var quarantined = connection.ExecuteScalar<long>(
                "select count(*) from raw.quarantine where batch_id = $batch and source_file = $file", new { batch = result.BatchId, file = file.FileName });
            Assert.True(file.RowsRead == file.RowsLoaded + file.RowsQuarantined, $"{mutation}: {file}");
            Assert.True((kept, quarantined) == (file.RowsLoaded, file.RowsQuarantined), $"{mutation}: {file.FileName} kept {kept}, quarantined {quarantined}");
            if (file.Status == FileLoadStatus.Refused)
            {
                Assert.True(kept + quarantined == 0, $"{mutation}: refused {file.FileName} left rows");
            }
        }

        var shown = string.Join("\n",
            connection.Query<string>("select coalesce(text, '') from raw.appeals")
                .Concat(connection.Query<string>("select concat_ws(' ', value, reason) from raw.quarantine"))
                .Concat(result.Files.SelectMany(file => file.Examples).Select(cell => cell.Value ?? ""))
                .Concat(Directory.EnumerateFiles(reports).Select(File.ReadAllText)));
        Assert.False(Personal().IsMatch(shown), $"{mutation}: personal data shown: {Personal().Match(shown).Value}");
        Assert.All(connection.Query<string>("select appellant_key from raw.appeals where appellant_key is not null"),
            pseudonym => Assert.Matches("^[0-9a-f]{64}$", pseudonym));
    }

    // What must never be shown: a phone or an IIN (11 or 12 digits alone, or grouped as phones are), an e-mail,
    // the threat journal's author.
    // Quantifiers are bounded: a huge field must not make the check itself quadratic.
    [GeneratedRegex(@"(?<!\d)\d{11,12}(?!\d)|\+7[\s\-\(\)]{0,3}\d{3}[\s\-\)]{0,3}\d{3}[\s\-]{0,3}\d{2}[\s\-]{0,3}\d{2}|7\d{2} \d{3} \d{2} \d{2}|[\w.]{1,64}@[\w.]{1,64}\.\w{2,16}|Петров")]
    private static partial Regex Personal();

    public enum Damage
    {
        Flip,
        Insert,
        Nul,
        Truncate,
        HugeField,
        Windows1251,
        LinkToDevice,
        Fifo,
    }

    /// <summary>One damage done to one file: where (a fraction of its length), how many bytes, which byte.</summary>
    public sealed record Mutation(string File, Damage Damage, double Where, int Length, byte Value)
    {
        public void WriteInto(string inbox, string text)
        {
            var path = Path.Combine(inbox, File);
            var bytes = Encoding.UTF8.GetBytes(text).ToList();
            var at = (int)(Where * bytes.Count);
            switch (Damage)
            {
                case Damage.LinkToDevice:
                    System.IO.File.CreateSymbolicLink(path, "/dev/zero");
                    return;
                case Damage.Fifo:
                    using (var mkfifo = Process.Start("mkfifo", path))
                    {
                        mkfifo.WaitForExit();
                    }

                    return;
                case Damage.Flip:
                    for (var i = at; i < Math.Min(bytes.Count, at + Length); i++)
                    {
                        bytes[i] = (byte)(bytes[i] ^ Value);
                    }

                    break;
                case Damage.Insert:
                    bytes.InsertRange(at, Enumerable.Repeat(Value, Length));
                    break;
                case Damage.Nul:
                    bytes.Insert(at, 0);
                    break;
                case Damage.Truncate:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case Damage.HugeField:
                    bytes.InsertRange(at, Enumerable.Repeat((byte)'x', 300_000));
                    break;
                case Damage.Windows1251:
                    var patch = Encoding.GetEncoding(1251).GetBytes(Encoding.UTF8.GetString([.. bytes.Skip(at).Take(Length)]));
                    bytes.RemoveRange(at, Math.Min(Length, bytes.Count - at));
                    bytes.InsertRange(at, patch);
                    break;
            }

            System.IO.File.WriteAllBytes(path, [.. bytes]);
        }
    }

    /// <summary>A warehouse with the registry and campaign loaded, copied for each damaged file.</summary>
    public sealed class Registry : IDisposable
    {
        public Registry()
        {
            Warehouse.Write("campaign.json", SmallFederation.Campaign);
            Warehouse.Write("organisations.csv", SmallFederation.Organisations);
            new BatchLoader(Warehouse.Database, Key).Load(Warehouse.Inbox);
        }

        public TemporaryWarehouse Warehouse { get; } = new();

        public void Dispose() => Warehouse.Dispose();
    }
}
