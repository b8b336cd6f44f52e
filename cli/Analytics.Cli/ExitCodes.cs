namespace Analytics.Cli;

/// <summary>What the process's exit code tells a script or the scheduler (README, "Exit codes").</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad input, configuration or environment (warehouse busy, a folder missing): nothing was changed.</summary>
    public const int BadInput = 1;

    public const int Usage = 2;

    /// <summary>The batch was committed, but at least one of its files was refused whole.</summary>
    public const int LoadedWithRefusals = 3;

    /// <summary><c>deliver</c> only: some messages were not sent (server unreachable or refusing) or a recipient's report is missing; the rest was sent.</summary>
    public const int NotAllDelivered = 5;

    /// <summary>A fault of the product: a short message on stderr, the details in a log file it names.</summary>
    public const int Internal = 4;
}
