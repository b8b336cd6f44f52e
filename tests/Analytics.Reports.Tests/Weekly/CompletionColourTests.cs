using Analytics.Reports.Weekly;

namespace Analytics.Reports.Tests.Weekly;

public sealed class CompletionColourTests
{
    [Theory]
    [InlineData("0.800000001", "green")]
    [InlineData("0.8000000004", "yellow")] // 0.8 at 9 decimals: not above 80 %
    [InlineData("0.8", "yellow")]
    [InlineData("0.5", "yellow")]
    [InlineData("0.4999999996", "yellow")] // 0.5 at 9 decimals
    [InlineData("0.499999999", "red")]
    [InlineData("0", "red")]
    public void Of_Completion_FollowsMethodologyBands(string completion, string expected)
    {
        Assert.Equal(expected, CompletionColour.Of(decimal.Parse(completion, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Of_NoCompletion_IsNull()
    {
        Assert.Null(CompletionColour.Of(null));
    }
}
