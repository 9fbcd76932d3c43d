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

    public IReadOnlyList<VerificationRun> Recent => runs.Recent;

    public async Task OnGetAsync(CancellationToken ct) => Latest = await checkpoints.LatestAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var run = await runs.StartAsync(User.Actor(), ct);
        return Redirect(WebRoutes.VerifyRun(run.Id));
    }
}
