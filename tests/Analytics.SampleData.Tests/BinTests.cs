using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Tests;

[Collection(SmallSampleGroup.Name)]
public sealed class BinTests(SmallSampleFixture sample)
{
    // 0·1 + 4·2 + 0·3 + 9·4 + 4·5 + 0·6 + 0·7 + 0·8 + 1·9 + 2·10 + 3·11 = 126; 126 mod 11 = 5.
    [Fact]
    public void CheckDigit_FirstPass_IsTheRemainder() => Assert.Equal(5, Bin.CheckDigit("04094000123"));

    // First pass: 186 mod 11 = 10, so weights 3,4,5,6,7,8,9,10,11,1,2:
    // 0·3 + 4·4 + 0·5 + 9·6 + 4·7 + 0·8 + 0·9 + 0·10 + 1·11 + 8·1 + 3·2 = 123; 123 mod 11 = 2.
    [Fact]
    public void CheckDigit_FirstRemainderTen_UsesSecondWeights() => Assert.Equal(2, Bin.CheckDigit("04094000183"));

    [Theory]
    [InlineData("040940001235", true)]
    [InlineData("040940001832", true)]
    [InlineData("040940001236", false)]
    [InlineData("040940001830", false)]
    [InlineData("04094000123", false)]
    [InlineData("04094000123X", false)]
    public void IsValid_HandWorkedNumbers(string bin, bool valid) => Assert.Equal(valid, Bin.IsValid(bin));

    [Fact]
    public void Write_EveryBin_PassesTheCheckDigitRule()
    {
        var bins = sample.Table("organisations.csv").Column("bin").Where(b => b.Length > 0).ToList();
        Assert.True(bins.Count > 300);
        Assert.All(bins, bin => Assert.True(IndependentCheck(bin), $"BIN {bin} fails the check digit"));
    }

    [Fact]
    public void Write_SomePrimaries_HaveNoBin()
    {
        var organisations = sample.Table("organisations.csv");
        Assert.Contains(organisations.Rows, r => organisations[r, "level"] == "primary" && organisations[r, "bin"].Length == 0);
    }

    // Written again here from the decree, so the generator is not checked against itself.
    private static bool IndependentCheck(string bin)
    {
        if (bin.Length != 12 || !bin.All(char.IsAsciiDigit))
        {
            return false;
        }

        var digits = bin.Select(c => c - '0').ToArray();
        var first = Enumerable.Range(0, 11).Sum(i => digits[i] * (i + 1)) % 11;
        if (first != 10)
        {
            return first == digits[11];
        }

        int[] weights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
        var second = Enumerable.Range(0, 11).Sum(i => digits[i] * weights[i]) % 11;
        return second != 10 && second == digits[11];
    }
}
