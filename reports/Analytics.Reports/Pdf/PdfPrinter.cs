using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Analytics.Reports.Pdf;

/// <summary>
/// Prints HTML documents to PDF with one headless Chromium, started on the first document (or by
/// <see cref="Start"/>) and shared by all that follow, with its pages.
/// </summary>
/// <remarks>
/// Every document is printed offline and inert: in one browser context with JavaScript disabled,
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
    private readonly ConcurrentBag<IPage> idlePages = [];
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IBrowserContext? context;
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

    /// <summary>
    /// Starts the browser now rather than with the first document, so that its start-up overlaps whatever the caller
    /// does meanwhile (reading the marts). Printing waits for it either way, and a browser that fails to start
    /// fails the first <see cref="PrintAsync"/> as it would without this call.
    /// </summary>
    public void Start()
    {
        if (!disposed && Volatile.Read(ref context) is null)
        {
            _ = GetContextAsync().ContinueWith(start => start.Exception, TaskScheduler.Default);
        }
    }

    /// <summary>Prints <paramref name="html"/> (a complete, self-contained document) to <paramref name="pdfPath"/>, with the page size its CSS <c>@page</c> asks for.</summary>
    /// <remarks>
    /// Pages are kept and reused: a new page costs Chromium a renderer process (about 0.6 s of CPU, more than
    /// printing a monthly report), while loading a document into a page that printed another replaces it whole.
    /// A page prints one document at a time; documents printed at once get a page each.
    /// </remarks>
    public async Task PrintAsync(string html, string pdfPath)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentException.ThrowIfNullOrWhiteSpace(pdfPath);
        var page = idlePages.TryTake(out var idle) ? idle : await NewPageAsync();
        try
        {
            page.SetDefaultTimeout(TimeoutMilliseconds(html));
            await page.SetContentAsync(html);
            await page.PdfAsync(new PagePdfOptions
            {
                Path = pdfPath,
                PreferCSSPageSize = true,
                PrintBackground = true,
            });
        }
        catch
        {
            // a page that failed may hold anything: it is closed, not printed with again
            await page.CloseAsync();
            throw;
        }

        idlePages.Add(page);
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await GetContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/*", route =>
        {
            Interlocked.Increment(ref requestsBlocked);
            return route.AbortAsync();
        });
        return page;
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
        await launchLock.WaitAsync();
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        launchLock.Dispose();
    }

    /// <summary>The one browser context every page lives in: JavaScript off, started with the browser.</summary>
    private async Task<IBrowserContext> GetContextAsync()
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
                context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
            }

            return context!;
        }
        finally
        {
            launchLock.Release();
        }
    }
}
