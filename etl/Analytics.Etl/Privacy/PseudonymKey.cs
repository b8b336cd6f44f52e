using System.Text;

namespace Analytics.Etl.Privacy;

/// <summary>Replaces pseudonymous ids from the sources by HMAC-SHA-256 under the federation's secret (methodology §12).</summary>
public sealed class PseudonymKey
{
    public const string EnvironmentVariable = "SENIM_PSEUDONYM_SECRET";

    public const int MinimumLength = 16;

    private readonly byte[] secret;

    public PseudonymKey(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < MinimumLength)
        {
            throw new ArgumentException("The pseudonym secret must have at least 16 characters.", nameof(secret));
        }

        this.secret = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>Identifies the secret without revealing it: the HMAC of a fixed text, kept in the warehouse.</summary>
    public string Fingerprint => Hash("senim-analytics/pseudonym-secret-fingerprint");

    public string Hash(string value)
    {
        using var hasher = CreateHasher();
        return hasher.Hash(value);
    }

    /// <summary>A hasher keyed once, for the many values of one file; not to be shared between threads.</summary>
    public PseudonymHasher CreateHasher() => new(secret);

    /// <summary>The secret from the environment, or null when none is set.</summary>
    public static PseudonymKey? FromEnvironment() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? new PseudonymKey(value) : null;
}
