using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>
/// A private PostgreSQL cluster on 127.0.0.1 shared by every process that names the same data directory:
/// the first starts it, later ones attach, and the last to dispose stops it (or, if the last dies without
/// disposing, a detached reaper does). Each user holds a shared lock on <c>postgres.users.lock</c>; starting
/// and stopping happen under an exclusive <c>postgres.control.lock</c>.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    // Long enough to wait out another process's initdb and pg_ctl start.
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(3);

    private readonly ClusterPaths _paths;
    private readonly ClusterControl _control;
    private readonly FileLock _use;
    private readonly string _adminPassword;
    private readonly string _appPassword;
    private readonly bool _durable;
    private int _disposed;

    private PostgresCluster(ClusterPaths paths, ClusterControl control, FileLock use, int port, bool durable, string adminPassword, string appPassword)
    {
        _paths = paths;
        _durable = durable;
        _control = control;
        _use = use;
        Port = port;
        _adminPassword = adminPassword;
        _appPassword = appPassword;
    }

    public int Port { get; }

    public string DataDirectory => _paths.DataDirectory;

    /// <summary>The superuser, which owns every database and runs migrations.</summary>
    public string AdminRole { get; } = ConnectionStrings.AdminRole;

    /// <summary>The login the application writes with: no superuser, no CREATEROLE, no CREATEDB.</summary>
    public string AppRole { get; } = ConnectionStrings.AppRole;

    public static async Task<PostgresCluster> StartOrAttachAsync(EmbeddedClusterOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var logger = options.Logger ?? NullLogger.Instance;
        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        var (serverFiles, moved) = ServerFilesLocation.Choose(dataDirectory, runsAsServiceUser: Environment.IsPrivilegedProcess);
        var paths = new ClusterPaths(dataDirectory, serverFiles);
        var tools = PostgresTools.For(PostgresBinaries.Locate(options.BinDirectory, paths.ClusterVersion));
        if (moved)
        {
            await tools.PrepareMovedServerFilesAsync(serverFiles, ct);
            logger.LogWarning("The postgres OS user cannot enter {DataDirectory}, so the PostgreSQL cluster and its log are kept in {ServerFiles} (that user's alone; back it up with the data directory)",
                dataDirectory, serverFiles);
        }
        var control = new ClusterControl(paths, tools, logger);

        using var controlLock = await FileLock.AcquireAsync(paths.ControlLock, exclusive: true, LockTimeout, ct);
        var use = await FileLock.AcquireAsync(paths.UsersLock, exclusive: false, LockTimeout, ct);
        try
        {
            var (port, started) = await control.EnsureRunningAsync(options.Durable, ct);
            await ClusterReaper.EnsureWatchingAsync(paths, tools, logger, ct);
            var adminPassword = SecretFile.Read(paths.AdminSecret);
            if (started || !File.Exists(paths.AppSecret))
                await AppRoleProvisioner.ProvisionAsync(ConnectionStrings.For(port, ConnectionStrings.AdminRole, adminPassword, "postgres"),
                    SecretFile.ReadOrCreate(paths.AppSecret), ct);
            return new PostgresCluster(paths, control, use, port, options.Durable, adminPassword, SecretFile.Read(paths.AppSecret));
        }
        catch (Exception failure)
        {
            use.Dispose();
            await StopAfterFailedStart(control, logger, failure);
            throw;
        }
    }

    public string AdminConnectionString(string database = "postgres") =>
        ConnectionStrings.For(Port, ConnectionStrings.AdminRole, _adminPassword, database);

    public string AppConnectionString(string database) =>
        ConnectionStrings.For(Port, ConnectionStrings.AppRole, _appPassword, database);

    /// <summary>Creates the database, owned by the admin role, unless it exists.</summary>
    public async Task CreateDatabaseAsync(string name, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString());
        await connection.OpenAsync(ct);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
        {
            exists.Parameters.Add(new NpgsqlParameter { Value = name });
            if (await exists.ExecuteScalarAsync(ct) is not null) return;
        }
        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(name)}", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        // Another process created it between the check and the CREATE.
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
        }
    }

    /// <summary>Drops the database if it exists, disconnecting whoever is still connected to it.</summary>
    public async Task DropDatabaseAsync(string name, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString());
        await connection.OpenAsync(ct);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {QuoteIdentifier(name)} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Starts the postmaster again if it is no longer running (killed, crashed), on the same port, so that every
    /// connection string handed out stays right. True when it had to be started.
    /// </summary>
    /// <exception cref="EmbeddedPostgresException">It could not be started, or only on another port.</exception>
    public async Task<bool> RestartIfStoppedAsync(CancellationToken ct)
    {
        using var controlLock = await FileLock.AcquireAsync(_paths.ControlLock, exclusive: true, LockTimeout, ct);
        var (port, started) = await _control.EnsureRunningAsync(_durable, ct, preferredPort: Port);
        if (port != Port)
            throw new EmbeddedPostgresException($"PostgreSQL ({_paths.Cluster}) runs on port {port} now, not {Port}: restart the server.");
        return started;
    }

    /// <summary>Releases this process's use of the cluster and stops it if no other user remains.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        // Released before waiting for the control lock: if this process dies while waiting, whoever
        // holds that lock, or the reaper, already sees one user fewer.
        _use.Dispose();
        using var controlLock = await FileLock.AcquireAsync(_paths.ControlLock, exclusive: true, LockTimeout, CancellationToken.None);
        await _control.StopIfUnusedAsync(CancellationToken.None);
    }

    private static async Task StopAfterFailedStart(ClusterControl control, ILogger logger, Exception failure)
    {
        try
        {
            await control.StopIfUnusedAsync(CancellationToken.None);
        }
        catch (EmbeddedPostgresException stopFailure)
        {
            // The start failure is the one to report; this one only explains a postmaster left running.
            logger.LogWarning(stopFailure, "Could not stop PostgreSQL after a failed start ({Failure})", failure.Message);
        }
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
