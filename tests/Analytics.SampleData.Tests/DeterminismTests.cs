namespace Analytics.SampleData.Tests;

[Collection(SmallSampleGroup.Name)]
public sealed class DeterminismTests(SmallSampleFixture sample)
{
    [Fact]
    public void Write_SameOptionsTwice_GivesByteIdenticalFiles()
    {
        var again = Path.Combine(Path.GetTempPath(), "senim-sample-" + Path.GetRandomFileName());
        try
        {
            SampleFederation.Write(again, new SampleOptions());
            foreach (var path in Directory.GetFiles(sample.Directory))
            {
                var name = Path.GetFileName(path);
                Assert.True(File.ReadAllBytes(path).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, name))), $"{name} differs");
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public void Write_OtherSeed_GivesOtherData()
    {
        var other = Path.Combine(Path.GetTempPath(), "senim-sample-" + Path.GetRandomFileName());
        try
        {
            SampleFederation.Write(other, new SampleOptions(Seed: 7));
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(sample.Directory, "events.csv")), File.ReadAllBytes(Path.Combine(other, "events.csv")));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public void Write_StartMonthNotYearMonth_Throws()
    {
        Assert.Throws<ArgumentException>(() => SampleFederation.Write(Path.GetTempPath(), new SampleOptions(StartMonth: "09.2026")));
    }
}
