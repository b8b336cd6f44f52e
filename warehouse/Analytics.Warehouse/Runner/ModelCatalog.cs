using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Analytics.Warehouse.Runner;

/// <summary>The SQL models shipped inside this assembly: one .sql and one .yml per model.</summary>
public static class ModelCatalog
{
    private const string Prefix = "Models/";

    public static IReadOnlyList<ModelDefinition> LoadEmbedded()
    {
        var assembly = typeof(ModelCatalog).Assembly;
        var resources = assembly.GetManifestResourceNames().Where(name => name.StartsWith(Prefix, StringComparison.Ordinal)).ToList();
        string Read(string name)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        var sources = resources
            .Where(name => name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var yml = name[..^4] + ".yml";
                if (!resources.Contains(yml))
                {
                    throw new InvalidOperationException($"Model {name} has no {yml}: every model states its grain and tests.");
                }

                return new ModelSource(name[Prefix.Length..], Read(name), Read(yml));
            });
        return Parse(sources);
    }

    public static IReadOnlyList<ModelDefinition> Parse(IEnumerable<ModelSource> sources)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var drafts = sources.Select(source =>
        {
            var segments = source.RelativePath.Split('/');
            var layer = ModelLayerExtensions.FromFolder(segments[0]);
            var name = Path.GetFileNameWithoutExtension(segments[^1]);
            var metadata = deserializer.Deserialize<ModelMetadata?>(source.Yaml) ?? new ModelMetadata();
            return (name, layer, source.Sql, metadata);
        }).ToList();

        var known = drafts.ToDictionary(draft => $"{draft.layer.Schema()}.{draft.name}", StringComparer.Ordinal);
        var models = drafts.Select(draft =>
        {
            var dependencies = SqlNames.ModelsIn(draft.Sql);
            foreach (var dependency in dependencies.Where(dependency => !known.ContainsKey(dependency)))
            {
                throw new InvalidOperationException($"Model {draft.layer.Schema()}.{draft.name} reads {dependency}, which is no model.");
            }

            return new ModelDefinition(draft.name, draft.layer, draft.Sql, draft.metadata, dependencies);
        }).ToList();
        CheckIncremental(models);
        return models;
    }

    private static void CheckIncremental(IReadOnlyList<ModelDefinition> models)
    {
        var byName = models.ToDictionary(model => model.QualifiedName, StringComparer.Ordinal);
        bool Reaches(ModelDefinition model, string source) =>
            SqlNames.SourcesIn(model.Sql).Contains(source) || model.Dependencies.Any(dependency => Reaches(byName[dependency], source));

        foreach (var model in models.Where(model => model.Metadata.Incremental is not null))
        {
            var incremental = model.Metadata.Incremental!;
            var problem = model.Materialisation != "table" ? "only a table can be rebuilt in part"
                : incremental.Key.Count == 0 ? "its incremental key names no column"
                : !incremental.Source.StartsWith("raw.", StringComparison.Ordinal) ? $"its incremental source {incremental.Source} is no raw table"
                : !Reaches(model, incremental.Source) ? $"it does not read its incremental source {incremental.Source}"
                : null;
            if (problem is not null)
            {
                throw new InvalidOperationException($"Model {model.QualifiedName}: {problem}.");
            }
        }
    }

}

public sealed record ModelSource(string RelativePath, string Sql, string Yaml);
