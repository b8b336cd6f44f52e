using System.Diagnostics;
using System.IO.Compression;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.TestSupport;
using Analytics.Warehouse.Configuration;

namespace Analytics.Etl.Tests.Faults;

/// <summary>Issue 10, "special files": only regular files inside the batch folder are read, within stated limits.</summary>
public sealed class InboxHygieneTests : LoadingTestBase
{
    [Fact]
    public async Task Load_FifoDeviceLinkAndLinkOutOfTheInbox_AreRefusedWithoutBeingOpened()
    {
        WriteRegistry();
        var outside = Path.Combine(Warehouse.Root, "outside.csv");
        File.WriteAllText(outside, "event_id,org_id,type,date,participants\nE1,P1,unified_day,2026-09-03,4\n");
        File.CreateSymbolicLink(Path.Combine(Warehouse.Inbox, "events_linked.csv"), outside);
        File.CreateSymbolicLink(Path.Combine(Warehouse.Inbox, "appeals_zero.csv"), "/dev/zero");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(Warehouse.Inbox, "cases_pipe.csv")))
        {
            mkfifo.WaitForExit();
        }

        var result = await Task.Run(Load).WaitAsync(TimeSpan.FromMinutes(2));

        var refused = result.Files.Where(file => file.Status == FileLoadStatus.Refused).Select(file => file.FileName).Order(StringComparer.Ordinal);
        Assert.Equal(["appeals_zero.csv", "cases_pipe.csv", "events_linked.csv"], refused);
        Assert.Empty(Query<string>("select event_id from raw.events"));
        Assert.NotEqual(0L, Query<long>("select count(*) from raw.organisations").Single());
    }

    [Fact]
    public void Load_XlsxThatUnpacksPastTheLimit_IsRefusedWithAMessage()
    {
        WriteRegistry();
        var bomb = Path.Combine(Warehouse.Inbox, "org_report_P1.xlsx");
        using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i <= InputLimits.MaxXlsxUnpackedBytes >> 20; i++)
            {
                stream.Write(zeros);
            }
        }

        var result = LoadFile("org_report_P1.xlsx");

        Assert.Equal(FileLoadStatus.Refused, result.Status);
        Assert.Contains("МБ (предел)", result.Message, StringComparison.Ordinal);
        Assert.True(new FileInfo(bomb).Length < 2 << 20);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Load_Utf16Csv_IsRefusedSayingHowToSaveIt(bool littleEndian, bool byteOrderMark)
    {
        WriteRegistry();
        var text = "event_id,org_id,type,date,participants\nE1,P1,unified_day,2026-09-03,4\n";
        var encoding = new System.Text.UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: byteOrderMark);
        File.WriteAllBytes(Path.Combine(Warehouse.Inbox, "events.csv"), [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var result = LoadFile("events.csv");

        Assert.Equal(FileLoadStatus.Refused, result.Status);
        Assert.Contains("файл в кодировке UTF-16", result.Message, StringComparison.Ordinal);
        Assert.Contains("«CSV UTF-8»", result.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Lines in UTF-8 pasted into a Windows-1251 file: the file reads as Windows-1251, and its UTF-8 records are
    /// quarantined saying so, not loaded as mojibake; the Windows-1251 ones load.
    /// </summary>
    [Fact]
    public void Load_Utf8LinesInAWindows1251File_AreQuarantinedNotGarbled()
    {
        WriteRegistry();
        var windows1251 = System.Text.Encoding.GetEncoding(1251);
        var header = "event_id,org_id,type,date,participants,youth_participants,title,format,submitted_at\n"u8.ToArray();
        var kazakh = System.Text.Encoding.UTF8.GetBytes("K1,P1,unified_day,2026-09-02,10,1,Бірыңғай күн,offline,\n");
        var russian = Enumerable.Range(1, 10).SelectMany(i => windows1251.GetBytes($"R{i},P1,unified_day,2026-09-02,10,1,Единый профсоюзный день «ТЕМИР»,offline,\n")).ToArray();
        File.WriteAllBytes(Path.Combine(Warehouse.Inbox, "events.csv"), [.. header, .. kazakh, .. russian]);

        var result = LoadFile("events.csv");

        Assert.Equal((10L, 1L), (result.RowsLoaded, result.RowsQuarantined));
        Assert.Equal(2L, Assert.Single(result.Examples).Row);
        Assert.Contains("поле 7 («title») записано в UTF-8", Query<string>("select reason from raw.quarantine").Single(), StringComparison.Ordinal);
        Assert.Equal(["Единый профсоюзный день «ТЕМИР»"], Query<string>("select distinct title from raw.events"));
    }

    [Fact]
    public void Scan_FileLargerThanItsFormatsLimit_IsTooLargeAndNeverRead()
    {
        var path = Path.Combine(Warehouse.Inbox, "campaign.json");
        using (var file = File.Create(path))
        {
            file.SetLength(InputLimits.MaxConfigurationBytes + 1);
        }

        Assert.Equal(InboxFileKind.TooLarge, InboxScanner.Scan(Warehouse.Inbox).Single().Kind);
    }

    [Fact]
    public void Load_EmptyFolder_IsRefusedAndNoWarehouseIsCreated()
    {
        var refusal = Assert.Throws<ConfigurationException>(Load);

        Assert.Contains("нет файлов входного контракта", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("(папка пуста)", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("(бума бос)", refusal.MessageKk, StringComparison.Ordinal);
        Assert.False(File.Exists(Warehouse.Database.Path));
    }

    [Fact]
    public void Load_FolderOfOtherFilesOnly_IsRefusedNamingTheFirstFive()
    {
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "события.csv" })
        {
            Warehouse.Write(name, "x\n");
        }

        var refusal = Assert.Throws<ConfigurationException>(Load);

        Assert.Contains("по имени не подходят: a.txt, b.txt, c.txt, d.txt, e.txt и ещё 2.", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("атауы сәйкес келмейді: a.txt, b.txt, c.txt, d.txt, e.txt және тағы 2.", refusal.MessageKk, StringComparison.Ordinal);
        Assert.False(File.Exists(Warehouse.Database.Path));
    }

    [Fact]
    public void Load_OneContractFileBesideOthers_IsABatch()
    {
        Warehouse.Write("notes.txt", "x\n");
        Warehouse.Write("campaign.json", SmallFederation.Campaign);

        var result = Load();

        Assert.Equal([FileLoadStatus.Configuration, FileLoadStatus.Unknown], result.Files.OrderBy(file => file.FileName, StringComparer.Ordinal).Select(file => file.Status));
    }
}
