using System.Security.Cryptography;

namespace EvidenceLedger.Server.Users.Tokens;

public static class BearerTokens
{
    /// <summary>256 random bits, URL-safe, with a prefix that makes a leaked token easy to recognise and scan for.</summary>
    public static string Generate() => "elt_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
