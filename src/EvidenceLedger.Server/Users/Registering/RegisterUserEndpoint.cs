using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Problems;

namespace EvidenceLedger.Server.Users.Registering;

public static class RegisterUserEndpoint
{
    public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/users", async (RegisterUserRequest request, UserRegistration registration, HttpContext http, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 100)
                return ApiProblems.Invalid("name", "A user needs a name of 1 to 100 characters.");
            if (!Role.IsKnown(request.Role))
                return ApiProblems.Invalid("role", $"The role must be one of: {string.Join(", ", Role.All)}.");
            try
            {
                var user = await registration.RegisterAsync(request.Name, request.Role!, http.User.Actor(), ct: ct);
                return Results.Created($"/api/users/{user.Id}", user);
            }
            catch (ConcurrencyException)
            {
                return ApiProblems.Conflict("That name is taken.", $"A user named '{request.Name.Trim()}' already exists.");
            }
        }).RequireAuthorization(LedgerPolicies.Admin).WithTags("Users");
        return app;
    }
}
