using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Errors;
using Analytics.SampleData;

namespace Analytics.Cli.Commands;

internal static class SampleCommand
{
    public static Command Create(GlobalOptions global)
    {
        var outDirectory = new Option<string>("--out") { Description = "Папка для файлов / Output folder", Required = true };
        var scale = new Option<string>("--scale") { Description = "small (≈400 первичных) или national (16 000 первичных, ≈2 млн членов)", DefaultValueFactory = _ => "small" };
        scale.AcceptOnlyFromAmong("small", "national");
        var multiplier = new Option<int>("--multiplier")
        {
            Description = "Во сколько раз больше выбранного масштаба (national --multiplier 10: 160 000 первичных) / Times the scale's size",
            DefaultValueFactory = _ => 1,
        };
        multiplier.Validators.Add(result =>
        {
            // a value that is no number is the parser's own error: reading it here would throw
            if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var times) && times < 1)
            {
                result.AddError(UsageErrors.NotBelow("--multiplier", 1, token.Value));
            }
        });
        var seed = new Option<int>("--seed") { Description = "Зерно генератора / Random seed", DefaultValueFactory = _ => new SampleOptions().Seed };
        var command = new Command("sample", "Создать условную федерацию по входному контракту / Generate a synthetic federation");
        command.Options.Add(outDirectory);
        command.Options.Add(scale);
        command.Options.Add(multiplier);
        command.Options.Add(seed);
        command.SetAction(result =>
        {
            var language = global.LanguageOf(result);
            var written = SampleFederation.Write(result.GetValue(outDirectory)!, Options(result.GetValue(scale), result.GetValue(seed)) with { Multiplier = result.GetValue(multiplier) });
            foreach (var (file, rows) in written)
            {
                System.Console.WriteLine($"{file}: {rows}");
            }

            System.Console.WriteLine(language.Say($"Файлы в {Path.GetFullPath(result.GetValue(outDirectory)!)}", $"Файлдар {Path.GetFullPath(result.GetValue(outDirectory)!)} ішінде"));
            return 0;
        });
        return command;
    }

    public static SampleOptions Options(string? scale, int seed) =>
        new() { Scale = scale == "national" ? SampleScale.National : SampleScale.Small, Seed = seed };
}
