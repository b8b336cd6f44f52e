using System.Security.Cryptography;

namespace Analytics.Etl.Loading;

internal static class FileHash
{
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
