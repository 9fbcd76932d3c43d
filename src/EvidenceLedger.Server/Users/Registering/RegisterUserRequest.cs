namespace EvidenceLedger.Server.Users.Registering;

public sealed record RegisterUserRequest(string? Name, string? Role);

public sealed record RegisteredUserResponse(Guid Id, string Name, string Role, string Token);
