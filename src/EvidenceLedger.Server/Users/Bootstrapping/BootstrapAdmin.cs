namespace EvidenceLedger.Server.Users.Bootstrapping;

/// <summary>
/// At start, when no admin can sign in: an admin named "admin" gets <c>Ledger:BootstrapAdminToken</c> when it is set
/// (for automation), or else a fresh token that the start-up banner shows once as a sign-in link (a first run).
/// </summary>
public sealed class BootstrapAdmin(IConfiguration configuration, UserAccounts accounts, FirstRunSignIn firstRun, ILogger<BootstrapAdmin> logger)
    : IHostedService
{
    public const string AdminName = "admin";
    private const string Actor = "system:bootstrap";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await accounts.HasActiveAdminAsync(cancellationToken)) return;
        var configured = configuration["Ledger:BootstrapAdminToken"];
        var token = string.IsNullOrWhiteSpace(configured) ? Tokens.BearerTokens.Generate() : configured;
        var outcome = await accounts.FindByNameAsync(AdminName, cancellationToken) is { } existing
            ? await accounts.IssueTokenAsync(existing.Id, Actor, "no admin could sign in: a token for the admin", null, cancellationToken, token)
            : await accounts.RegisterAsync(AdminName, Role.Admin, Actor, "no admin could sign in: the first admin", token, ct: cancellationToken);
        if (!outcome.IsDone) throw new InvalidOperationException($"Could not create the first admin: {outcome.Error}");
        if (string.IsNullOrWhiteSpace(configured)) firstRun.Created(AdminName, token);
        logger.LogInformation("No admin could sign in: the admin user '{Name}' was given a token ({How}).", AdminName,
            string.IsNullOrWhiteSpace(configured) ? "a first-run sign-in link, shown once" : "Ledger:BootstrapAdminToken");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
