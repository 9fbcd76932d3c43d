using EvidenceLedger.Server.Integrity.Verifying;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Ledger;

/// <summary>The auditor's page: the latest signed checkpoint, and a full verification of the ledger against it.</summary>
[RequiresPolicy(LedgerPolicies.Verify)]
public sealed class VerifyModel(CheckpointLog checkpoints, VerificationRuns runs) : LedgerPageModel
{
    public StoredCheckpoint? Latest { get; private set; }

    public IReadOnlyList<VerificationRun> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Latest = await checkpoints.LatestAsync(ct);
        Recent = await runs.RecentAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A page run checks against no saved checkpoint: it joins any such run, and only an API client's own can be in the way.
        var run = await runs.StartAsync(User.Actor(), ct) ?? runs.Running ?? await runs.StartAsync(User.Actor(), ct);
        if (run is null) return Redirect(WebRoutes.Verify);
        return Redirect(WebRoutes.VerifyRun(run.Id));
    }
}
