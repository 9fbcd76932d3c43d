using System.Security.Cryptography;

namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>A generated password kept in a file only its owner can read (mode 600).</summary>
internal static class SecretFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static string Read(string path) =>
        File.Exists(path)
            ? File.ReadAllText(path).Trim()
            : throw new EmbeddedPostgresException($"The secret {path} is missing.");

    public static string ReadOrCreate(string path) => File.Exists(path) ? Read(path) : Create(path);

    /// <summary>Written beside the target and renamed, so a reader never sees a partial or world-readable file.</summary>
    public static string Create(string path)
    {
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        Write(path, secret);
        return secret;
    }

    public static void Write(string path, string content)
    {
        var staging = path + ".new";
        File.Delete(staging);
        using (var stream = new FileStream(staging, new FileStreamOptions
               {
                   Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly,
               }))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(content);
        }
        File.Move(staging, path, overwrite: true);
    }
}
