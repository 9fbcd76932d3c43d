using EvidenceLedger.Server.Users;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Evidence.Support;

/// <summary>The real server over the class's own database, for the evidence API's tests.</summary>
public sealed class EvidenceServer : LedgerServer
{
    /// <summary>Every caller the role matrix is tried with, no token at all included.</summary>
    public static IReadOnlyList<string> Roles { get; } = [NoOne, Role.Documenter, Role.Legal, Role.Auditor, Role.Admin];
}
