using Analytics.Warehouse.Configuration;

namespace Analytics.Warehouse.Lexicon;

/// <summary>
/// Where the topic lexicon is read from: the file named by <c>SENIM_TOPIC_LEXICON</c>; else topic-lexicon.csv next
/// to the executable, which analysts edit without rebuilding; else the copy built into the product.
/// </summary>
public sealed record TopicLexiconSource(string Name, string Text)
{
    public const string EnvironmentVariable = "SENIM_TOPIC_LEXICON";

    public const string FileName = "topic-lexicon.csv";

    private const string ResourceName = "Lexicon/" + FileName;

    public static TopicLexiconSource Locate() =>
        Locate(Environment.GetEnvironmentVariable(EnvironmentVariable), AppContext.BaseDirectory);

    /// <param name="overridden">The value of <c>SENIM_TOPIC_LEXICON</c>, if any.</param>
    /// <param name="programDirectory">The folder of the executable.</param>
    public static TopicLexiconSource Locate(string? overridden, string programDirectory)
    {
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            var path = Path.GetFullPath(overridden);
            return File.Exists(path)
                ? FromFile(path)
                : throw new ConfigurationException(
                    $"{EnvironmentVariable}={overridden}: файл не найден ({path}). Исправьте путь или уберите {EnvironmentVariable}, чтобы читать {FileName} рядом с программой.",
                    $"{EnvironmentVariable}={overridden}: файл табылмады ({path}). Жолды түзетіңіз немесе бағдарлама жанындағы {FileName} оқылуы үшін {EnvironmentVariable} алып тастаңыз.");
        }

        var besideProgram = Path.Combine(programDirectory, FileName);
        return File.Exists(besideProgram) ? FromFile(besideProgram) : Shipped();
    }

    /// <summary>The lexicon as built into this version of the product.</summary>
    public static TopicLexiconSource Shipped()
    {
        using var stream = typeof(TopicLexiconSource).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The shipped {FileName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return new TopicLexiconSource($"{FileName} (shipped)", reader.ReadToEnd());
    }

    private static TopicLexiconSource FromFile(string path) => new(path, File.ReadAllText(path));

    public IReadOnlyList<TopicLexiconEntry> Entries() => TopicLexiconFile.Parse(Text, Name);
}
