using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>
/// Where the files the postgres OS user must reach (the cluster, initdb's staging and password file, the server log)
/// live. Normally in the data directory. As root, that directory may sit in a folder the postgres user cannot enter
/// (a private clone, a <c>mktemp -d</c> folder): then they live in a folder of their own under that user's home,
/// named after the data directory, owned by it and closed to everyone else, and the data directory records where.
/// </summary>
internal static class ServerFilesLocation
{
    public const string ServiceUser = "postgres";
    private const string DefaultServiceHome = "/var/lib/postgresql";

    /// <summary>The file in the data directory naming the folder that holds the server's files, when they were moved.</summary>
    public static string PointerFile(string dataDirectory) => Path.Combine(dataDirectory, "postgres.location");

    /// <summary>The folder for the server's files, and whether it is not the data directory itself.</summary>
    public static (string Directory, bool Moved) Choose(string dataDirectory, bool runsAsServiceUser)
    {
        Directory.CreateDirectory(dataDirectory);
        if (!runsAsServiceUser) return (dataDirectory, false);

        if (File.Exists(PointerFile(dataDirectory))) return (File.ReadAllText(PointerFile(dataDirectory)).Trim(), true);
        var clusterHere = Directory.Exists(Path.Combine(dataDirectory, "postgres"));
        if (clusterHere || UnreachableAncestor(dataDirectory) is null)
        {
            RequireReachable(dataDirectory);
            File.SetUnixFileMode(dataDirectory, File.GetUnixFileMode(dataDirectory) | UnixFileMode.OtherExecute);
            return (dataDirectory, false);
        }

        var moved = Path.Combine(ServiceHome(), "evidence-ledger", Name(dataDirectory));
        RequireReachable(moved);
        File.WriteAllText(PointerFile(dataDirectory), moved + "\n");
        return (moved, true);
    }

    /// <summary>The first folder above <paramref name="path"/> that others (so the postgres user) cannot enter, or null.</summary>
    private static string? UnreachableAncestor(string path)
    {
        for (var dir = Path.GetDirectoryName(path); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir) && (File.GetUnixFileMode(dir) & UnixFileMode.OtherExecute) == 0) return dir;
        }
        return null;
    }

    private static void RequireReachable(string path)
    {
        if (UnreachableAncestor(path) is { } blocked)
            throw new EmbeddedPostgresException(string.Format(CultureInfo.InvariantCulture,
                "The {0} OS user cannot reach {1}: {2} is not searchable by others. Run `chmod o+x {2}` or choose a data directory elsewhere.",
                ServiceUser, path, blocked));
    }

    /// <summary>Readable and unique per data directory: its last segment and a hash of its full path.</summary>
    private static string Name(string dataDirectory)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataDirectory)))[..16];
        var leaf = new string(Path.GetFileName(dataDirectory).Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').ToArray()).TrimStart('.');
        return string.IsNullOrEmpty(leaf) ? hash : $"{leaf}-{hash}";
    }

    /// <summary>The postgres user's home directory from /etc/passwd (Debian: /var/lib/postgresql).</summary>
    private static string ServiceHome()
    {
        const string passwd = "/etc/passwd";
        if (!File.Exists(passwd)) return DefaultServiceHome;
        var entry = File.ReadLines(passwd).Select(line => line.Split(':')).FirstOrDefault(fields => fields.Length >= 7 && fields[0] == ServiceUser);
        return entry is { } fields && fields[5].Length > 0 ? fields[5] : DefaultServiceHome;
    }
}
