using Analytics.Reports.Final;
using Analytics.Reports.Localization;

namespace Analytics.Reports.Tests.Final;

/// <summary>The final report without the analysts' own file prints the shipped template in its own language.</summary>
public sealed class ProposalsTemplateTests
{
    [Fact]
    public void Read_EachLanguage_IsItsOwnTemplateWithTheSameSections()
    {
        var ru = ProposalsTemplate.Read(ReportLanguage.Russian);
        var kk = ProposalsTemplate.Read(ReportLanguage.Kazakh);

        Assert.NotNull(ru);
        Assert.NotNull(kk);
        Assert.Equal("proposals.template.kk.md", ProposalsTemplate.FileName(ReportLanguage.Kazakh));
        Assert.Contains("## 1. Доверие членов профсоюзов", ru, StringComparison.Ordinal);
        Assert.Contains("## 1. Кәсіподақ мүшелерінің сенімі", kk, StringComparison.Ordinal);
        Assert.DoesNotContain("Раздел заполняют", kk, StringComparison.Ordinal);
        static string[] Outline(string text) => [.. text.Split('\n').Where(line => line.StartsWith('#') || line.StartsWith("- ", StringComparison.Ordinal) || char.IsDigit(line.FirstOrDefault())).Select(line => line[..2])];
        Assert.Equal(Outline(ru), Outline(kk));
    }
}
