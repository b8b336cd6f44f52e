using System.Text.Json;

namespace Analytics.EndToEnd.Tests.Delivery;

/// <summary>`analytics deliver` as an analyst runs it: settings from --config, the password from the environment.</summary>
public sealed class DeliverCommandTests : IClassFixture<BuiltSmallFederation>, IDisposable
{
    private const string Password = "pa55-w0rd-never-shown";
    private readonly string root = Directory.CreateTempSubdirectory("senim-deliver-cli-").FullName;
    private readonly ReportsFolder reports;

    public DeliverCommandTests(BuiltSmallFederation federation)
    {
        federation.CopyTo(root);
        reports = new ReportsFolder(Path.Combine(root, "reports"));
        reports.Add("monthly", "federation", "FED", "ru", month: 1);
        reports.Add("monthly", "sector", "S1", "kk", month: 1);
        File.WriteAllText(Path.Combine(root, "recipients.json"), """{"federation": ["fed@fprk.kz"], "sector": {"S1": ["s1@edu.kz"]}}""");
    }

    [Fact]
    public async Task Deliver_WithLogin_SendsOnceAndNeverPrintsThePassword()
    {
        await using var server = new LoopbackSmtpServer(login: ("analyst", Password));
        await server.StartAsync();
        WriteConfig(server.Port, "analyst");

        var first = Deliver(Password);
        var second = Deliver(Password);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("отправлено писем 2, отправлены раньше 0", first.Output, StringComparison.Ordinal);
        Assert.Contains("отправлено писем 0, отправлены раньше 2", second.Output, StringComparison.Ordinal);
        Assert.Equal(2, server.Received.Count);
        Assert.DoesNotContain(Password, first.Output + first.Error + second.Output + second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_WrongPassword_SaysWhatToCheckWithoutThePassword()
    {
        await using var server = new LoopbackSmtpServer(login: ("analyst", "the-right-one"));
        await server.StartAsync();
        WriteConfig(server.Port, "analyst");

        var result = Deliver(Password);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("не принял вход пользователя «analyst»", result.Error, StringComparison.Ordinal);
        Assert.Contains("SENIM_SMTP_PASSWORD", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.Output + result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public void Deliver_UserWithoutPassword_IsRefusedInKazakh()
    {
        WriteConfig(LoopbackSmtpServer.FreePort(), "analyst");

        var result = Deliver(password: null, "--lang", "kk");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("құпиясөз керек: оны SENIM_SMTP_PASSWORD орта айнымалысында беріңіз", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Deliver_ConfigWithoutSmtp_SaysWhatToAdd()
    {
        File.WriteAllText(Path.Combine(root, "config.json"), """{"warehouse": "warehouse.duckdb"}""");

        var result = Deliver(Password);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("раздел \"smtp\"", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Deliver_MonthForWeekly_IsRefused()
    {
        WriteConfig(LoopbackSmtpServer.FreePort(), user: null);

        var result = AnalyticsProcess.Run(root, "--config", "config.json", "deliver", "weekly", "--month", "1", "--reports", "reports", "--recipients", "recipients.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--month только к monthly", result.Error, StringComparison.Ordinal);
    }

    private ProcessResult Deliver(string? password, params string[] extra) =>
        AnalyticsProcess.Run(
            root,
            new Dictionary<string, string?> { ["SENIM_SMTP_PASSWORD"] = password },
            ["--config", "config.json", .. extra, "deliver", "monthly", "--month", "1", "--reports", "reports", "--recipients", "recipients.json"]);

    private void WriteConfig(int port, string? user) =>
        File.WriteAllText(Path.Combine(root, "config.json"), JsonSerializer.Serialize(new
        {
            warehouse = "warehouse.duckdb",
            smtp = new { host = "127.0.0.1", port, from = "Senim Analytics <analytics@fprk.kz>", tls = "none", user },
        }));

    public void Dispose() => Directory.Delete(root, recursive: true);
}
