using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Analytics.TestSupport;

/// <summary>
/// A real PostgreSQL server started for the tests in a temporary folder on a free loopback port, and removed after.
/// As root the server runs as the `postgres` user, which it insists on. Connections over TCP need the password, as
/// on a real server, so that a wrong one is refused.
/// </summary>
public sealed class ThrowawayPostgres : IDisposable
{
    public const string Password = "throwaway-password";

    private readonly string folder;
    private readonly string bin;

    public ThrowawayPostgres()
    {
        bin = Directory.GetDirectories("/usr/lib/postgresql")
            .Select(directory => Path.Combine(directory, "bin"))
            .Where(directory => File.Exists(Path.Combine(directory, "initdb")))
            .OrderBy(directory => directory, StringComparer.Ordinal)
            .LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL is not installed: run scripts/install-prerequisites.sh (Debian package postgresql).");
        folder = Directory.CreateTempSubdirectory("senim-pg-").FullName;
        Port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", "postgres:postgres", folder);
        }

        var passwordFile = Path.Combine(folder, "password");
        File.WriteAllText(passwordFile, Password);
        Server(asRoot, "initdb", "-D", Path.Combine(folder, "data"), "-U", "postgres", "--auth-local=trust", "--auth-host=scram-sha-256",
            $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C.UTF-8");
        Server(asRoot, "pg_ctl", "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        ConnectionString = $"Host=127.0.0.1;Port={Port};Username=postgres;Password={Password};Database=postgres;Pooling=false";
    }

    public int Port { get; }

    public string ConnectionString { get; }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try
        {
            Server(Environment.UserName == "root", "pg_ctl", "-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void Server(bool asRoot, string tool, params string[] arguments)
    {
        var executable = Path.Combine(bin, tool);
        if (asRoot)
        {
            Run("runuser", ["-u", "postgres", "--", executable, .. arguments]);
        }
        else
        {
            Run(executable, arguments);
        }
    }

    private static void Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
