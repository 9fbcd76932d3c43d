using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Users.ChangingRole;
using EvidenceLedger.Server.Users.Listing;
using EvidenceLedger.Server.Users.Registering;
using EvidenceLedger.Server.Users.Revoking;
using EvidenceLedger.Server.Users.Tokens;

namespace EvidenceLedger.Server.Users;

public static class UsersEndpoints
{
    /// <summary>Accounts, for admins only: list, register, issue a token, revoke every token, change the role.</summary>
    public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").RequireAuthorization(LedgerPolicies.Admin).WithTags("Users");
        users.MapListUsers();
        users.MapRegisterUser();
        users.MapIssueToken();
        users.MapRevokeAccess();
        users.MapChangeRole();
        return app;
    }
}
