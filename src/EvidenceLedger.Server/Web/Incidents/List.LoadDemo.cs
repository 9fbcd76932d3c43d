using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Incidents.Searching;
using EvidenceLedger.Server.Users.Registering;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class ListModel
{
    /// <summary>The demo users just created, with their tokens: shown once, and only to an admin (they include every role).</summary>
    public IReadOnlyList<RegisteredUserResponse> DemoUsers { get; private set; } = [];

    public string? DemoProblem { get; private set; }

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostLoadDemoAsync(CancellationToken ct)
    {
        var result = await demo.LoadAsync(User.Actor(), ct);
        if (result.Loaded && !(User.May(LedgerPolicies.Admin) && result.Users.Count > 0))
            return Redirect(WebRoutes.Incidents + "?done=demo-loaded");

        if (result.Loaded)
        {
            Done = result.Message;
            DemoUsers = result.Users;
        }
        else
        {
            DemoProblem = result.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        Result = await incidents.SearchAsync(IncidentFilter.All, ReadLimit.None, 0, PageSize, ct);
        LedgerIsEmpty = Result.Total == 0;
        return Page();
    }
}
