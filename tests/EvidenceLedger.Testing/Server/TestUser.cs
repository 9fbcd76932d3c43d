namespace EvidenceLedger.Testing.Server;

/// <summary>A user registered for a test, with the token they sign in with.</summary>
public sealed record TestUser(Guid Id, string Name, string Role, string Token);
