using System.Diagnostics;
using Xunit.Abstractions;

namespace Analytics.SampleData.Tests;

/// <summary>Runs only with SAMPLEDATA_BENCHMARK=1: writes the National scale (about 175 MB) once and reports the time.</summary>
public sealed class NationalBenchmarkTests(ITestOutputHelper output)
{
    [BenchmarkFact]
    [Trait("Category", "Benchmark")]
    public void Write_National_FinishesWellUnderAMinute()
    {
        var directory = Path.Combine(Path.GetTempPath(), "senim-national-" + Path.GetRandomFileName());
        try
        {
            var clock = Stopwatch.StartNew();
            var rows = SampleFederation.Write(directory, new SampleOptions(SampleScale.National));
            clock.Stop();
            output.WriteLine($"National: {clock.Elapsed.TotalSeconds:F1} s");
            foreach (var (file, count) in rows)
            {
                output.WriteLine($"{file}: {count:N0}");
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
            Assert.InRange(rows["appeals.csv"], 360_000, 440_000);
            Assert.InRange(rows["events.csv"], 150_000, 250_000);
            Assert.InRange(rows["surveys.csv"], 140_000, 160_000);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private sealed class BenchmarkFactAttribute : FactAttribute
    {
        public BenchmarkFactAttribute()
        {
            if (Environment.GetEnvironmentVariable("SAMPLEDATA_BENCHMARK") != "1")
            {
                Skip = "Benchmark: set SAMPLEDATA_BENCHMARK=1 to run.";
            }
        }
    }
}
