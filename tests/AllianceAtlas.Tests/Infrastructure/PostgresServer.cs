using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// One real PostgreSQL server for the whole test run: the one named by <c>ATLAS_TEST_POSTGRES</c>, or else a
/// throwaway cluster this process creates with Debian's initdb in a temporary folder, listening on loopback only,
/// and removes when the run ends. PostgreSQL missing is a failure, never a skip: script/test installs it.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Shared = new(Start);

    private readonly string _connectionString;

    private PostgresServer(string connectionString) => _connectionString = connectionString;

    public static PostgresServer Instance => Shared.Value;

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_connectionString) { Database = database }.ConnectionString;

    /// <summary>A new, empty database of its own, so test classes never see each other's data.</summary>
    public string CreateDatabase()
    {
        var name = "atlas_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE \"{name}\"");
        return name;
    }

    public void DropDatabase(string name)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionStringFor(name)));
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static PostgresServer Start()
    {
        if (Environment.GetEnvironmentVariable("ATLAS_TEST_POSTGRES") is { Length: > 0 } given)
        {
            return new PostgresServer(given);
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(version => Path.Combine(version, "bin"))
                .Where(folder => File.Exists(Path.Combine(folder, "initdb")))
                .OrderBy(folder => int.TryParse(Path.GetFileName(Path.GetDirectoryName(folder)), out var major) ? major : 0)
                .LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                "PostgreSQL's initdb is missing: run the tests with script/test, which installs Debian's postgresql package.");
        }

        RemoveStoppedClusters();
        var folder = Path.Combine(Path.GetTempPath(), "atlas-postgres-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        // initdb refuses to run as root; the Debian package's postgres user owns the cluster instead.
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", ["postgres", folder], asRoot: false);
        }

        var port = FreeLoopbackPort();
        var data = Path.Combine(folder, "data");
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "atlas", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"], asRoot);
        Run(Path.Combine(bin, "pg_ctl"),
        [
            "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "start",
            "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c max_connections=400",
        ], asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(bin, data, folder, asRoot);

        return new PostgresServer(string.Create(CultureInfo.InvariantCulture,
            $"Host=127.0.0.1;Port={port};Username=atlas;Database=postgres;Include Error Detail=true"));
    }

    private static void Stop(string bin, string data, string folder, bool asRoot)
    {
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"], asRoot);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                // The server's last files can still be closing.
                Thread.Sleep(200);
            }
        }
    }

    /// <summary>The test host may be ended before its exit handler finishes; earlier runs' stopped clusters go here.</summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), "atlas-postgres-*")
                     .Where(folder => File.Exists(Path.Combine(folder, "server.log")) && !File.Exists(Path.Combine(folder, "data", "postmaster.pid"))))
        {
            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (IOException)
            {
                // Another test run may be creating it right now.
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, IReadOnlyList<string> arguments, bool asRoot)
    {
        var start = new ProcessStartInfo(asRoot ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asRoot)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}
