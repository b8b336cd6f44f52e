using Analytics.Warehouse.Extracts;

namespace Analytics.Warehouse.Tests;

[Collection(TrustFederationGroup.Name)]
public sealed class TrustExtractTests(BuiltTrustFederation federation)
{
    // Output contract v1: trust_index (scope, key, period, c1..c5, criteria_present, index, band) and ratings.
    [Fact]
    public void Write_Csv_TrustIndexAndRatingsWithContractColumns()
    {
        var outDirectory = Path.Combine(federation.Warehouse.Root, "extract-trust");
        using (var connection = federation.Warehouse.Database.Open())
        {
            ExtractWriter.Write(connection, outDirectory, ExtractFormat.Csv);
        }

        var trust = File.ReadAllLines(Path.Combine(outDirectory, "trust_index.csv"));
        var ratings = File.ReadAllLines(Path.Combine(outDirectory, "ratings.csv"));
        Assert.Equal("scope,key,period,c1,c2,c3,c4,c5,criteria_present,index,band", trust[0]);
        Assert.Equal("rating,rank,key,score", ratings[0]);
        // Periods in calendar order, to-date last, within each scope and key.
        Assert.Equal(["month-1", "month-2", "month-3", "month-4", "to-date"],
            trust.Where(line => line.StartsWith("federation,FED,", StringComparison.Ordinal)).Select(line => line.Split(',')[2]));
        Assert.Contains("sector,SC,to-date,,,1.0,7.75,,2,,", trust);
        Assert.Contains("primary,,P5,", ratings);
    }
}
