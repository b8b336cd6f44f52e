using System.Security.Cryptography;
using System.Text;
using Analytics.Etl.Loading;

namespace Analytics.Etl.Tests;

/// <summary>
/// A batch's files are hashed ahead of their loading (<see cref="FileHashesAhead"/>): the same hashes as at each
/// file's turn, the error of a file that cannot be read when its turn comes, and the hash of the bytes a file holds at
/// its turn when it was written to after it was hashed.
/// </summary>
public sealed class FileHashesAheadTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("senim-hashes-").FullName;

    [Fact]
    public void Of_FilesInLoadOrder_GivesEachFilesSha256AndTheErrorOfAFileGone()
    {
        var first = Write("a.csv", "id\n1\n");
        var second = Write("b.csv", new string('ж', 3 << 20));
        var gone = Path.Combine(folder, "gone.csv");

        using var hashes = new FileHashesAhead([first, gone, second, first]);

        Assert.Equal(Sha256("id\n1\n"), hashes.Of(first));
        Assert.Throws<FileNotFoundException>(() => hashes.Of(gone));
        Assert.Equal(Sha256(new string('ж', 3 << 20)), hashes.Of(second));
    }

    [Fact]
    public void Of_FileRewrittenAfterItWasHashed_GivesTheHashOfItsNewBytes()
    {
        var first = Write("a.csv", "id\n1\n");
        var second = Write("b.csv", "id\n2\n");
        using var hashes = new FileHashesAhead([first, second]);
        // hashed in order: the second's hash done means the first's is
        hashes.Of(second);

        Write("a.csv", "id\n1\n3\n");

        Assert.Equal(Sha256("id\n1\n3\n"), hashes.Of(first));
    }

    [Fact]
    public void Of_FileThatAppearsAfterItsHashFailed_IsHashedAtItsTurn()
    {
        var late = Path.Combine(folder, "late.csv");
        var other = Write("b.csv", "id\n2\n");
        using var hashes = new FileHashesAhead([late, other]);
        hashes.Of(other);

        Write("late.csv", "id\n9\n");

        Assert.Equal(Sha256("id\n9\n"), hashes.Of(late));
    }

    [Fact]
    public void Dispose_Twice_StopsTheHashingOnce_AndAFileIsStillHashedAtItsTurn()
    {
        var text = new string('ж', 8 << 20);
        var large = Write("large.csv", text);
        var hashes = new FileHashesAhead([Write("a.csv", "id\n1\n"), large]);

        hashes.Dispose();
        hashes.Dispose();

        Assert.Equal(Sha256(text), hashes.Of(large));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(new UTF8Encoding(false).GetBytes(text)));
}
