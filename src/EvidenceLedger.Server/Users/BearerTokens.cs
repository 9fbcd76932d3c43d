using System.Security.Cryptography;
using System.Text;

namespace EvidenceLedger.Server.Users;

public static class BearerTokens
{
    public static string Generate() => "elt_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
