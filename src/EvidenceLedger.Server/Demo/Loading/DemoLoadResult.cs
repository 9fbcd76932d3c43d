using EvidenceLedger.Server.Users.Registering;

namespace EvidenceLedger.Server.Demo.Loading;

/// <summary>What loading the demo did: the users it created (tokens shown this once) and how many commands it ran.</summary>
public sealed record DemoLoadResult(bool Loaded, IReadOnlyList<RegisteredUserResponse> Users, int Commands, string Message);
