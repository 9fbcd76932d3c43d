namespace EvidenceLedger.Server.Users;

/// <summary>One stream per user, by id: a name may be refused as a look-alike of another, so it cannot be the key.</summary>
public static class UserStreams
{
    public const string Prefix = "user-";

    public static string For(Guid userId) => Prefix + userId.ToString("D");
}
