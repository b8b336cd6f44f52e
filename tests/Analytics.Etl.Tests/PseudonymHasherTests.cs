using Analytics.Etl.Privacy;

namespace Analytics.Etl.Tests;

public sealed class PseudonymHasherTests
{
    private const string Secret = "test-secret-of-sixteen-or-more";

    [Fact]
    public void Hash_ManyValuesWithOneHasher_GivesEachValuesOwnHmacSha256()
    {
        var key = new PseudonymKey(Secret);
        using var hasher = key.CreateHasher();

        // Expected digests from Python: hmac.new(b"test-secret-of-sixteen-or-more", value.encode(), hashlib.sha256).
        // The same value twice, with others between, proves the hasher starts afresh after each value; 300 × "ж" is
        // 600 bytes of UTF-8, past the 512 encoded on the stack.
        Assert.Equal(
            [
                "9c9ceb54b320538e07e75c2cb0eea65f61aa637148351a204b7edc737e0542e8",
                "9c6b7ea5d344bf62ef3e37ce17bd8d97c01dee1db5145cd2437a0dba59862c88",
                "07941bf961ec1a81879e7f99e7e436cb97891362549ce6c8868eabef06aa461c",
                "9c9ceb54b320538e07e75c2cb0eea65f61aa637148351a204b7edc737e0542e8",
                "edd4ba4026c6bacbc7f9bc5215d86d645b3fd4f3506bd68277e460c348700417",
            ],
            new[] { "ak-42", "Жанар", "ak-42 ", "ak-42", new string('ж', 300) }.Select(hasher.Hash));
        Assert.Equal("9c9ceb54b320538e07e75c2cb0eea65f61aa637148351a204b7edc737e0542e8", key.Hash("ak-42"));
    }
}
