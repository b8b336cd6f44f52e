namespace Analytics.Warehouse.Runner;

/// <summary>Data tests found offending rows; the build was rolled back.</summary>
/// <remarks>The message, in English, is for the error log; the command line says the same from <see cref="Failures"/> in Russian or Kazakh.</remarks>
public sealed class DataTestFailedException(DateOnly cutoff, IReadOnlyList<DataTestFailure> failures) : Exception(
    $"The build for cut-off {cutoff:yyyy-MM-dd} was rolled back: {failures.Count} data test(s) failed.{Environment.NewLine}"
    + string.Join(Environment.NewLine, failures.Select(failure =>
        $"  {failure.Model}: test {failure.Test} found {failure.Rows} offending row(s), e.g.{Environment.NewLine}{string.Join(Environment.NewLine, failure.Examples)}")))
{
    public DateOnly Cutoff { get; } = cutoff;

    public IReadOnlyList<DataTestFailure> Failures { get; } = failures;
}

/// <summary>One failed data test: its model, name, how many rows offend, up to five of them ("column=value, …") and what to put right.</summary>
public sealed record DataTestFailure(string Model, string Test, long Rows, IReadOnlyList<string> Examples, DataTestAdvice? Advice);

/// <summary>What an analyst should put right in the input when a declared data test fails, in Russian and Kazakh.</summary>
public sealed record DataTestAdvice(string Ru, string Kk);
