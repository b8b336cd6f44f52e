using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Analytics.Etl.Privacy;

/// <summary>
/// HMAC-SHA-256 under the secret, keyed once for a whole file: the one-shot <c>HMACSHA256.HashData</c> set the key
/// up again in OpenSSL for every value, which cost more than hashing the value itself.
/// </summary>
public sealed class PseudonymHasher : IDisposable
{
    private readonly IncrementalHash hmac;

    internal PseudonymHasher(byte[] secret) => hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);

    public string Hash(string value)
    {
        // Called for every appeal: the text is encoded on the stack and the digest hashed without allocating.
        const int OnStack = 512;
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        var rented = length > OnStack ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> bytes = rented ?? stackalloc byte[OnStack];
            var written = Encoding.UTF8.GetBytes(value, bytes);
            Span<byte> digest = stackalloc byte[HMACSHA256.HashSizeInBytes];
            hmac.AppendData(bytes[..written]);
            hmac.GetHashAndReset(digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public void Dispose() => hmac.Dispose();
}
