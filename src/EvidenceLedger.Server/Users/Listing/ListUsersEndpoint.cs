namespace EvidenceLedger.Server.Users.Listing;

public static class ListUsersEndpoint
{
    public static IEndpointRouteBuilder MapListUsers(this IEndpointRouteBuilder users)
    {
        users.MapGet("", async (UserAccounts accounts, CancellationToken ct) =>
            Results.Ok((await accounts.ListAsync(ct)).Select(UserDocument.From)));
        return users;
    }
}
