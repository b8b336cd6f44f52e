using Analytics.Reports.Pdf;

namespace Analytics.Reports.Tests.Weekly;

/// <summary>One headless Chromium for every PDF test (its launch costs more than a page).</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public PdfPrinter Printer { get; } = new();

    /// <summary>Left in the build output so a person can look at the pages after a run.</summary>
    public string OutDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "printed");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Printer.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ChromiumGroup : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
