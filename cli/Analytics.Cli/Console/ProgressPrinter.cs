using System.Globalization;
using Analytics.Etl.Loading;

namespace Analytics.Cli.Console;

/// <summary>Progress within large inputs: a bar redrawn in place on a terminal, plain lines when output is redirected.</summary>
internal sealed class ProgressPrinter(TextWriter output, bool terminal, CliLanguage language)
{
    private const int BarWidth = 30;
    private const long PlainLinesFrom = 50_000;
    private int drawnWidth;

    public static ProgressPrinter For(TextWriter output, CliLanguage language) =>
        new(output, ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected, language);

    public void Show(LoadProgress progress)
    {
        var culture = CultureInfo.GetCultureInfo(language.IsKazakh ? "kk-KZ" : "ru-KZ");
        var records = progress.Records.ToString("#,0", culture);
        var expected = progress.ExpectedRecords.ToString("#,0", culture);
        var stage = progress.Validating ? language.Say("проверка", "тексеру") : language.Say("чтение", "оқу");
        if (!terminal)
        {
            if (progress.ExpectedRecords < PlainLinesFrom)
            {
                return;
            }

            output.WriteLine(language.Say($"  {progress.Input}: {stage}, {records} из ~{expected} строк", $"  {progress.Input}: {stage}, ~{expected} жолдың {records}"));
            return;
        }

        var share = progress.ExpectedRecords > 0 ? Math.Min(1.0, (double)progress.Records / progress.ExpectedRecords) : 0;
        var filled = (int)Math.Round(share * BarWidth);
        var line = $"  {progress.Input} [{new string('█', filled)}{new string('░', BarWidth - filled)}] {records} / ~{expected} · {stage}";
        output.Write("\r" + line.PadRight(drawnWidth));
        drawnWidth = line.Length;
    }

    /// <summary>Removes the bar before a summary line is printed in its place.</summary>
    public void Clear()
    {
        if (terminal && drawnWidth > 0)
        {
            output.Write("\r" + new string(' ', drawnWidth) + "\r");
            drawnWidth = 0;
        }
    }
}
