using Analytics.Cli.Console;
using Analytics.Cli.Errors;
using Analytics.Warehouse.Runner;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.EndToEnd.Tests.Faults;

/// <summary>
/// A build that stops on a model says which one when the machine ran short of memory (the analyst can raise the limit
/// and knows where it stopped), and only then: a message about the file is not one about a model.
/// </summary>
public sealed class ModelFailureMessageTests
{
    private static readonly CliLanguage Russian = new("ru");
    private static readonly CliLanguage Kazakh = new("kk");

    [Fact]
    public void Describe_ModelOutOfMemory_NamesTheModelBeforeTheAdvice()
    {
        var message = UserErrors.Describe(new ModelFailedException("marts.mart_kpi", inTests: false, DuckDbError(OutOfMemoryQuery, "10MB")), Russian);

        Assert.NotNull(message);
        Assert.StartsWith("Пересчёт остановлен на модели marts.mart_kpi. Запросу не хватило памяти в пределах memory_limit", message, StringComparison.Ordinal);
        Assert.Contains("SENIM_MEMORY_LIMIT", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_DataTestsOutOfMemory_SaysSoInKazakh()
    {
        var message = UserErrors.Describe(new ModelFailedException("marts.mart_kpi", inTests: true, DuckDbError(OutOfMemoryQuery, "10MB")), Kazakh);

        Assert.NotNull(message);
        Assert.StartsWith("Қайта есептеу marts.mart_kpi моделінің деректер тексерістерінде тоқтады. Сұрауға memory_limit шегінде жад жетпеді", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ModelWithAnErrorAboutAFile_NamesNoModel()
    {
        var error = DuckDbError("select * from read_csv('/nonexistent/folder/file.csv')", "1GB");
        Assert.Contains("IO Error", error.Message, StringComparison.Ordinal);

        var message = UserErrors.Describe(new ModelFailedException("marts.mart_kpi", inTests: false, error), Russian);

        Assert.NotNull(message);
        Assert.DoesNotContain("marts.mart_kpi", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Пересчёт остановлен", message, StringComparison.Ordinal);
    }

    private const string OutOfMemoryQuery = "select count(distinct i::varchar || repeat('x', 24)) from range(10000000) as numbers(i)";

    private static DuckDBException DuckDbError(string sql, string memoryLimit)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute($"set memory_limit = '{memoryLimit}'; set temp_directory = ''");
        return Assert.Throws<DuckDBException>(() => connection.Execute(sql));
    }
}
