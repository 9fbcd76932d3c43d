using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Demo;

/// <summary>
/// The demo team. Only documenters write, so every demo step is theirs; rania (legal) and karim (auditor) are there
/// to show reading, exporting, history and verification.
/// </summary>
public static class DemoUsers
{
    public static DemoUser Amira { get; } = new("amira", Role.Documenter);

    public static DemoUser Youssef { get; } = new("youssef", Role.Documenter);

    public static DemoUser Rania { get; } = new("rania", Role.Legal);

    public static DemoUser Karim { get; } = new("karim", Role.Auditor);

    public static IReadOnlyList<DemoUser> All { get; } = [Amira, Youssef, Rania, Karim];
}
