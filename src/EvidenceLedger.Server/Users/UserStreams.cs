namespace EvidenceLedger.Server.Users;

/// <summary>One stream per user name: appending with "no stream yet" makes names unique without a separate check.</summary>
public static class UserStreams
{
    public static string For(string name) => "user-" + name.Trim().ToLowerInvariant();
}
