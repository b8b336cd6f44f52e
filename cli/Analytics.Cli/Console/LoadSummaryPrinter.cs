using System.Globalization;
using Analytics.Etl.Loading;

namespace Analytics.Cli.Console;

/// <summary>Prints, per file, rows read, loaded and quarantined, and the first bad cells in the style analysts read.</summary>
internal static class LoadSummaryPrinter
{
    private const int CellsShown = 10;

    public static void Print(FileLoadResult file, CliLanguage language, TextWriter output)
    {
        var n = (long value) => value.ToString("#,0", CultureInfo.GetCultureInfo(language.IsKazakh ? "kk-KZ" : "ru-KZ"));
        switch (file.Status)
        {
            case FileLoadStatus.Loaded:
                output.WriteLine(language.Say(
                    $"{file.FileName}: прочитано {n(file.RowsRead)}, загружено {n(file.RowsLoaded)}, в карантине {n(file.RowsQuarantined)}",
                    $"{file.FileName}: оқылды {n(file.RowsRead)}, жүктелді {n(file.RowsLoaded)}, карантинде {n(file.RowsQuarantined)}"));
                break;
            case FileLoadStatus.Duplicate:
                output.WriteLine(language.Say($"{file.FileName}: уже загружен ({file.Note?.Ru}), пропущен", $"{file.FileName}: бұрын жүктелген ({file.Note?.Kk}), өткізілді"));
                break;
            case FileLoadStatus.Refused:
                output.WriteLine(language.Say($"{file.FileName}: файл не принят — {file.Note?.Ru}", $"{file.FileName}: файл қабылданбады — {file.Note?.Kk}"));
                break;
            case FileLoadStatus.Unknown:
                output.WriteLine(language.Say($"{file.FileName}: неизвестный файл, не тронут", $"{file.FileName}: белгісіз файл, қозғалмады"));
                break;
            case FileLoadStatus.Configuration:
                output.WriteLine(language.Say($"{file.FileName}: настройки заменены", $"{file.FileName}: баптаулар ауыстырылды"));
                break;
        }

        foreach (var warning in file.Warnings)
        {
            output.WriteLine(language.Say($"  предупреждение: {warning.Ru}", $"  ескерту: {warning.Kk}"));
        }

        foreach (var cell in file.Examples.Take(CellsShown))
        {
            output.WriteLine(Describe(file.FileName, cell, language));
        }

        if (file.RowsQuarantined > CellsShown)
        {
            output.WriteLine(language.Say(
                $"  … и ещё {n(file.RowsQuarantined - CellsShown)} строк в карантине (analytics extract: таблица quarantine)",
                $"  … және тағы {n(file.RowsQuarantined - CellsShown)} жол карантинде (analytics extract: quarantine кестесі)"));
        }
    }

    public static string Describe(string fileName, QuarantinedCell cell, CliLanguage language)
    {
        var column = cell.Column is null ? "" : language.Say($", столбец «{cell.Column}»", $", «{cell.Column}» бағаны");
        var found = cell.Value is null ? language.Say("значение пусто", "мән бос") : language.Say($"найдено \"{cell.Value}\"", $"табылғаны \"{cell.Value}\"");
        return language.Say(
            $"  {fileName}, строка {cell.Row}{column}: ожидалось {cell.ExpectedRu}, {found}. Строка перемещена в карантин.",
            $"  {fileName}, {cell.Row}-жол{column}: күтілгені — {cell.ExpectedKk}, {found}. Жол карантинге жіберілді.");
    }
}
