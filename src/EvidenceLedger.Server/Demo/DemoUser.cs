namespace EvidenceLedger.Server.Demo;

/// <summary>A demo account: its name (the actor recorded on events) and its role.</summary>
public sealed record DemoUser(string Name, string Role)
{
    public DemoStep Does(object command, string? reason = null) => new(Name, Role, command, reason);
}
