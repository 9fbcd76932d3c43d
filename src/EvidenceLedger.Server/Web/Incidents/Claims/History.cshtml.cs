using EvidenceLedger.Evidence.Claims.Viewing;
using EvidenceLedger.Evidence.Incidents.Viewing;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents.Claims;

/// <summary>Every wording a claim has had, with who wrote it, when and why, and what each correction changed word by word.</summary>
public sealed class HistoryModel(IncidentQueries incidents) : LedgerPageModel
{
    public IncidentView Incident { get; private set; } = null!;

    public ClaimView Claim { get; private set; } = null!;

    public AsOfBanner? Banner => AsOf is { } at ? new AsOfBanner(at, WebRoutes.ClaimHistory(Incident.IncidentId, Claim.ClaimId)) : null;

    public AsOfPicker Picker => new(WebRoutes.ClaimHistory(Incident.IncidentId, Claim.ClaimId), AsOf, AsOfError, []);

    /// <summary>The wordings, oldest first, each with the difference from the one before (none for the first).</summary>
    public IReadOnlyList<(ClaimWording Wording, IReadOnlyList<DiffSegment>? Diff)> Wordings =>
        Claim.Wordings.Select((wording, i) => (wording, i == 0 ? null : WordDiff.Between(Claim.Wordings[i - 1].Statement, wording.Statement))).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid claimId, string? asOf, CancellationToken ct)
    {
        if (ReadAsOf(asOf) is { } refusal)
            return refusal;
        var incident = await incidents.ViewAsync(id, Limit, ct);
        var claim = incident?.Claim(claimId);
        if (incident is null || claim is null)
        {
            var banner = AsOf is { } at ? new AsOfBanner(at, WebRoutes.ClaimHistory(id, claimId)) : null;
            return NotFoundPage.For(new Missing("No such claim", AsOf is { } when
                ? $"This claim had not been logged as of {Display.Time(when)}."
                : "This incident has no claim with that id.", banner), ModelState);
        }
        (Incident, Claim) = (incident, claim);
        return Page();
    }
}
