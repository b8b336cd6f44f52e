using System.Security.Cryptography;
using System.Text;

namespace Analytics.Etl.Privacy;

/// <summary>Replaces pseudonymous ids from the sources by HMAC-SHA-256 under the federation's secret (methodology §12).</summary>
public sealed class PseudonymKey
{
    public const string EnvironmentVariable = "SENIM_PSEUDONYM_SECRET";

    private readonly byte[] secret;

    public PseudonymKey(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < 16)
        {
            throw new ArgumentException("The pseudonym secret must have at least 16 characters.", nameof(secret));
        }

        this.secret = Encoding.UTF8.GetBytes(secret);
    }

    public string Hash(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(value)));

    /// <summary>The secret from the environment, or null when none is set.</summary>
    public static PseudonymKey? FromEnvironment() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? new PseudonymKey(value) : null;
}
