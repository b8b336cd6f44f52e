
namespace Analytics.Reports.Final;

/// <summary>
/// The shipped template of the analysts' proposals, <c>Proposals/proposals.template.md</c>: embedded as
/// <c>Proposals/proposals.template.md</c> when the project embeds it, otherwise read beside the program.
/// </summary>
public static class ProposalsTemplate
{
    public const string FileName = "proposals.template.md";

    private const string Resource = "Proposals/" + FileName;

    /// <summary>The template's Markdown, or null when the build ships it neither embedded nor as a file.</summary>
    public static string? Read()
    {
        using var stream = typeof(ProposalsTemplate).Assembly.GetManifestResourceStream(Resource);
        if (stream is not null)
        {
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "Proposals", FileName);
        return File.Exists(beside) ? File.ReadAllText(beside) : null;
    }
}
