namespace Analytics.Cli.Console;

/// <summary>The language the command line speaks: Russian by default, Kazakh with --lang kk.</summary>
public sealed record CliLanguage(string Code)
{
    public bool IsKazakh => Code == "kk";

    public string Say(string ru, string kk) => IsKazakh ? kk : ru;
}
