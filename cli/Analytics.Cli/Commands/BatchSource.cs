using System.CommandLine;
using Analytics.Cli.Errors;

namespace Analytics.Cli.Commands;

/// <summary>Where a batch comes from: a folder of the input contract's files, or the tables of a PostgreSQL database.</summary>
internal sealed record BatchSource(string? Directory, string? ConnectionString)
{
    public static BatchSource Folder(string directory) => new(directory, null);
}

/// <summary>The folder argument and <c>--source</c> option of the verbs that load a batch, exactly one of them given.</summary>
internal sealed class BatchOptions
{
    private readonly Argument<string?> directory = new("dir") { Description = "Папка пакета с файлами входного контракта / Batch folder", Arity = ArgumentArity.ZeroOrOne };

    private readonly Option<string?> source = new("--source") { Description = "Строка подключения PostgreSQL кабинета: таблицы и представления с именами наборов данных / PostgreSQL connection string" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(directory);
        command.Options.Add(source);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(directory) is null) == (result.GetValue(source) is null))
            {
                result.AddError(UsageErrors.FolderOrSourceError);
            }
        });
    }

    public BatchSource Of(ParseResult result) => new(result.GetValue(directory), result.GetValue(source));
}
