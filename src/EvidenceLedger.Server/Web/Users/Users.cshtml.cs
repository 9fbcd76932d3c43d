using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Server.Users.Activity;
using Marten;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Users;

/// <summary>
/// The admin's page for accounts: who may sign in with which role; add a user (their token shown once), issue a new
/// token, revoke every token of a user, change a role. Each change is an event with the admin as actor and a reason.
/// Beside each user, what they have recorded (<see cref="ActivityProjection"/>), and below, what actors that are no user
/// (the operator on the host, the system) have.
/// </summary>
[RequiresPolicy(LedgerPolicies.Admin)]
public sealed class UsersModel(UserAccounts accounts, IDocumentStore documents) : LedgerPageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public IReadOnlyDictionary<string, ActorActivity> Activity { get; private set; } = new Dictionary<string, ActorActivity>();

    /// <summary>The activity of actors that are no user, by name.</summary>
    public IEnumerable<ActorActivity> OtherActors => Activity.Values.Where(a => a.UserId is null).OrderBy(a => a.Actor, StringComparer.Ordinal);

    public ActorActivity? ActivityOf(UserSummary user) => Activity.GetValueOrDefault(user.Id.ToString("D"));

    /// <summary>A token just issued, shown in this one answer and never again.</summary>
    public (string Name, string Token)? Issued { get; private set; }

    public string? Done { get; private set; }

    public string? Error { get; private set; }

    public string? ErrorField { get; private set; }

    public Guid? ErrorUser { get; private set; }

    public string? AddName { get; private set; }

    public string? AddRole { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(string? name, string? role, CancellationToken ct)
    {
        var outcome = await accounts.RegisterAsync(name, role, User.Actor(), ct: ct);
        if (outcome.IsDone)
        {
            Issued = (outcome.User!.Name, outcome.Token!.Token);
            Done = $"{outcome.User.Name} can now sign in as {outcome.User.Role}.";
        }
        else
        {
            (AddName, AddRole) = (name, role);
            Refuse(outcome, null);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTokenAsync(Guid userId, string? reason, CancellationToken ct)
    {
        var outcome = await accounts.IssueTokenAsync(userId, User.Actor(), Reason(reason), null, ct);
        if (outcome.IsDone) Issued = (outcome.User!.Name, outcome.Token!.Token);
        else Refuse(outcome, userId);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid userId, string? reason, CancellationToken ct)
    {
        var outcome = await accounts.RevokeAsync(userId, User.Actor(), Reason(reason), ct);
        if (outcome.IsDone) Done = $"Every token of {outcome.User!.Name} is revoked: they are signed out everywhere.";
        else Refuse(outcome, userId);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid userId, string? role, string? reason, CancellationToken ct)
    {
        var outcome = await accounts.ChangeRoleAsync(userId, role, User.Actor(), Reason(reason), ct);
        if (outcome.IsDone) Done = $"{outcome.User!.Name} is now {outcome.User.Role}.";
        else Refuse(outcome, userId);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await accounts.ListAsync(ct);
        await using var session = documents.QuerySession();
        Activity = await ActorActivity.AllAsync(session, ct);
    }

    private static string? Reason(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    private void Refuse(AccountOutcome outcome, Guid? userId)
    {
        (Error, ErrorField, ErrorUser) = (outcome.Error, outcome.Field, userId);
        Response.StatusCode = outcome.Status == StatusCodes.Status404NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
    }
}
