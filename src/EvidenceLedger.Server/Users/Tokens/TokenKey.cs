using System.Security.Cryptography;
using System.Text;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Integrity.Keys;

namespace EvidenceLedger.Server.Users.Tokens;

/// <summary>
/// The secret tokens are hashed under (HMAC-SHA-256). It never enters PostgreSQL: <c>Ledger:TokenKey</c> (base64 of 32
/// bytes, e.g. from an environment secret), else the file <c>Ledger:TokenKeyFile</c>, else <c>keys/token-hmac.key</c>
/// under the data directory, created owner-only on first start. Servers sharing a database must share this key.
/// </summary>
public sealed class TokenKey(byte[] key)
{
    public const string FileName = "token-hmac.key";

    public string Hash(string token) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(token)));

    public static TokenKey Load(IConfiguration configuration)
    {
        if (configuration["Ledger:TokenKey"] is { Length: > 0 } configured) return new TokenKey(Decode(configured, "Ledger:TokenKey"));
        var path = configuration["Ledger:TokenKeyFile"] is { Length: > 0 } file
            ? Path.GetFullPath(file)
            : Path.Combine(LedgerKeyFiles.KeyDirectory(configuration), FileName);
        if (!File.Exists(path)) Create(path);
        return new TokenKey(Decode(File.ReadAllText(path).Trim(), path));
    }

    private static byte[] Decode(string base64, string where)
    {
        var bytes = Convert.TryFromBase64String(base64, new byte[64], out var written) ? Convert.FromBase64String(base64) : [];
        return written >= 32 ? bytes : throw new InvalidOperationException($"The token key in {where} must be base64 of at least 32 bytes.");
    }

    private static void Create(string path)
    {
        OwnerOnlyFiles.CreateFolder(Path.GetDirectoryName(path)!);
        var options = OwnerOnlyFiles.NewFile(FileOptions.WriteThrough);
        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n"));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: its key is the one.
        }
    }
}
