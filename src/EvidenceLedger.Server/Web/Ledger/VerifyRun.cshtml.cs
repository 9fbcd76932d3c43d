using EvidenceLedger.Server.Integrity.Verifying;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace EvidenceLedger.Server.Web.Ledger;

/// <summary>
/// One verification run: while it runs, the page reloads itself every second (a meta refresh, so no script is needed)
/// showing how long it has run; then it shows the report.
/// </summary>
[RequiresPolicy(LedgerPolicies.Verify)]
public sealed class VerifyRunModel(VerificationRuns runs, IClock clock) : LedgerPageModel
{
    public const int RefreshSeconds = 1;

    public VerificationRun Run { get; private set; } = null!;

    public Duration Elapsed => clock.GetCurrentInstant() - Run.StartedAt;

    public async Task<IActionResult> OnGetAsync(Guid runId, CancellationToken ct)
    {
        if (await runs.FindAsync(runId, ct) is not { } run)
            return NotFoundPage.For(new Missing("No such verification", "No verification run has this id.", null), ModelState);
        Run = run;
        return Page();
    }
}
