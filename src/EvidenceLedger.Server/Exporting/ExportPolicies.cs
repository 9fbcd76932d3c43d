using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Exporting;

/// <summary>
/// Who may export is <see cref="Authentication.LedgerPolicies.Export"/> (legal, admin). Who may see the list of past
/// exports is wider: auditors check the custody chain too.
/// </summary>
public static class ExportPolicies
{
    public const string ListExports = "list-exports";

    public static IReadOnlyList<string> ListingRoles { get; } = [Role.Legal, Role.Auditor, Role.Admin];

    /// <summary>Whether a role may list past exports: for pages that hide what a role may not do.</summary>
    public static bool MayList(string? role) => role is not null && ListingRoles.Contains(role, StringComparer.Ordinal);
}
