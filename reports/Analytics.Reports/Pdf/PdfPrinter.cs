using Microsoft.Playwright;

namespace Analytics.Reports.Pdf;

/// <summary>
/// Prints HTML documents to PDF with one headless Chromium, started on the first document and shared
/// by all that follow (the launch costs about 1.3 s, a page about 2 s).
/// </summary>
/// <remarks>
/// Every document is printed offline and inert: a fresh browser context with JavaScript disabled,
/// every network request aborted (data: URIs are not requests and still load). Chromium is the system
/// one; Playwright downloads no browser when it is given an executable path (browsers are only ever
/// downloaded by <c>playwright.ps1 install</c>), and its driver ships in the package as <c>bin/.playwright</c>.
/// Checked: the tests pass in a network namespace with no network at all.
/// </remarks>
public sealed class PdfPrinter : IAsyncDisposable
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", // needed as root, e.g. in containers
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    private readonly SemaphoreSlim launchLock = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;
    private bool disposed;
    private int requestsBlocked;

    /// <summary>Checks that Chromium is there; the browser itself starts with the first document.</summary>
    /// <param name="chromiumPath">The Chromium executable.</param>
    /// <remarks>Default <c>/usr/bin/chromium</c>, from Debian's <c>chromium</c> package.</remarks>
    /// <exception cref="FileNotFoundException">Chromium is not at <paramref name="chromiumPath"/>.</exception>
    public PdfPrinter(string chromiumPath = DefaultChromiumPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chromiumPath);
        if (!File.Exists(chromiumPath))
        {
            throw new FileNotFoundException(
                $"Chromium is needed to print PDFs, but it was not found at {chromiumPath}. "
                + "Install it with `apt-get install -y chromium` (Debian package `chromium`), "
                + "or pass the path of a Chromium executable.",
                chromiumPath);
        }

        ChromiumPath = chromiumPath;
    }

    public string ChromiumPath { get; }

    /// <summary>Requests the pages of this printer tried to make and were refused, since it was created; a report of ours makes none.</summary>
    public int RequestsBlocked => Volatile.Read(ref requestsBlocked);

    /// <summary>Prints <paramref name="html"/> (a complete, self-contained document) to <paramref name="pdfPath"/>, with the page size its CSS <c>@page</c> asks for.</summary>
    public async Task PrintAsync(string html, string pdfPath)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentException.ThrowIfNullOrWhiteSpace(pdfPath);
        var browser = await GetBrowserAsync();

        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        try
        {
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(TimeoutMilliseconds(html));
            await page.RouteAsync("**/*", route =>
            {
                Interlocked.Increment(ref requestsBlocked);
                return route.AbortAsync();
            });
            await page.SetContentAsync(html);
            await page.PdfAsync(new PagePdfOptions
            {
                Path = pdfPath,
                PreferCSSPageSize = true,
                PrintBackground = true,
            });
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>
    /// Playwright's 30 s a step, or more for a long document: laying out a sector union's thousands of primary cards
    /// takes time in proportion to its size, a millisecond per 50 characters of HTML (400 s for 20 MB).
    /// </summary>
    private static float TimeoutMilliseconds(string html) => Math.Max(30_000f, html.Length / 50f);

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        launchLock.Dispose();
    }

    private async Task<IBrowser> GetBrowserAsync()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await launchLock.WaitAsync();
        try
        {
            if (browser is null)
            {
                playwright = await Playwright.CreateAsync();
                browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ChromiumPath,
                    Headless = true,
                    Args = ChromiumArgs,
                });
            }

            return browser;
        }
        finally
        {
            launchLock.Release();
        }
    }
}
