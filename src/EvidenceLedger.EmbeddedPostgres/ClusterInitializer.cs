using Microsoft.Extensions.Logging;

namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>Creates the cluster with initdb: password-only logins and <see cref="ConnectionStrings.AdminRole"/> as its superuser.</summary>
internal sealed class ClusterInitializer(ClusterPaths paths, PostgresTools tools, ILogger logger)
{
    private static readonly TimeSpan InitdbTimeout = TimeSpan.FromMinutes(3);

    public async Task InitializeAsync(bool durable, CancellationToken ct)
    {
        if (Directory.Exists(paths.Cluster))
            throw new EmbeddedPostgresException($"{paths.Cluster} exists but holds no PostgreSQL cluster (no PG_VERSION); remove it to let a new one be created.");
        logger.LogInformation("Creating a PostgreSQL cluster in {Cluster}", paths.Cluster);

        var adminPassword = SecretFile.ReadOrCreate(paths.AdminSecret);
        if (Directory.Exists(paths.InitdbStaging)) Directory.Delete(paths.InitdbStaging, recursive: true);
        Directory.CreateDirectory(paths.InitdbStaging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await tools.HandOverAsync(paths.InitdbStaging, ct);

        SecretFile.Write(paths.InitdbPasswordFile, adminPassword);
        ProcessResult result;
        try
        {
            await tools.HandOverAsync(paths.InitdbPasswordFile, ct);
            List<string> arguments =
            [
                "-D", paths.InitdbStaging, "-U", ConnectionStrings.AdminRole, "--pwfile=" + paths.InitdbPasswordFile,
                "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C",
            ];
            if (!durable) arguments.Add("--no-sync");
            result = await tools.RunAsync("initdb", arguments, InitdbTimeout, ct);
        }
        finally
        {
            File.Delete(paths.InitdbPasswordFile);
        }
        if (!result.Succeeded)
            throw new EmbeddedPostgresException($"initdb failed for {paths.InitdbStaging}:\n{result.Output}");
        Directory.Move(paths.InitdbStaging, paths.Cluster);
    }
}
