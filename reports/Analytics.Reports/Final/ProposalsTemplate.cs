using Analytics.Reports.Localization;

namespace Analytics.Reports.Final;

/// <summary>
/// The shipped templates of the analysts' proposals, one per language (<c>Proposals/proposals.template.md</c> in
/// Russian, <c>proposals.template.kk.md</c> in Kazakh): embedded when the project embeds them, otherwise read beside
/// the program.
/// </summary>
public static class ProposalsTemplate
{
    /// <summary>The template's file name in <paramref name="language"/>.</summary>
    public static string FileName(ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Code == "kk" ? "proposals.template.kk.md" : "proposals.template.md";
    }

    /// <summary>The template's Markdown in <paramref name="language"/>, or null when the build ships it neither embedded nor as a file.</summary>
    public static string? Read(ReportLanguage language)
    {
        var fileName = FileName(language);
        using var stream = typeof(ProposalsTemplate).Assembly.GetManifestResourceStream("Proposals/" + fileName);
        if (stream is not null)
        {
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "Proposals", fileName);
        return File.Exists(beside) ? File.ReadAllText(beside) : null;
    }
}
