namespace Analytics.Cli;

/// <summary>Output contract: 0 success, 1 bad input or configuration, 2 usage error.</summary>
internal static class ExitCodes
{
    public const int BadInput = 1;
    public const int Usage = 2;
}
