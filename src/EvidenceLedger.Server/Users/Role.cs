namespace EvidenceLedger.Server.Users;

/// <summary>The four roles; stored and sent as these lower-case names.</summary>
public static class Role
{
    public const string Documenter = "documenter";
    public const string Legal = "legal";
    public const string Auditor = "auditor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Documenter, Legal, Auditor, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
