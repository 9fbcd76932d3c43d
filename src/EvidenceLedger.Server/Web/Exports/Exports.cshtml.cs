using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Exporting.Recording;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Exporting.Archive;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Exports;

/// <summary>Past provenance exports as the ledger recorded them, newest first: the chain of custody of every copy handed out.</summary>
[RequiresPolicy(LedgerPolicies.ListExports)]
public sealed class ExportsModel(ExportQueries exports, IncidentQueries incidents, BundleArchive archive) : LedgerPageModel
{
    public const int PageSize = 50;

    public ExportList Listed { get; private set; } = new([], null);

    /// <summary>The exported incidents' current titles (missing for one no longer readable).</summary>
    public IReadOnlyDictionary<Guid, string> Titles { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The one incident listed, when the list is limited to it.</summary>
    public Guid? Incident { get; private set; }

    public async Task OnGetAsync(Guid? incident, long? before, CancellationToken ct)
    {
        Incident = incident;
        Listed = await exports.ListAsync(incident, before is > 0 ? before : null, PageSize, ct);
        Titles = await incidents.TitlesAsync(Listed.Items.Select(item => item.IncidentId), ct);
    }

    /// <summary>A past bundle again, as it left: served only if the kept copy still hashes to the recorded SHA-256.</summary>
    public async Task<IActionResult> OnGetBundleAsync(Guid exportId, CancellationToken ct)
    {
        if (await exports.FindAsync(exportId, ct) is not { } record)
            return NotFoundPage.For(new Missing("No such export", "No export with this id is recorded.", null), ModelState);
        var kept = await archive.FindAsync(record.BundleSha256, ct);
        return kept.State switch
        {
            KeptBundleState.Intact => File(kept.Bytes!, "application/zip", record.FileName),
            KeptBundleState.Missing => NotFoundPage.For(new Missing("This bundle was not kept",
                "The ledger records this export, but no copy of its bundle is kept here. Export the incident again.", null), ModelState),
            _ => new ContentResult
            {
                StatusCode = StatusCodes.Status409Conflict,
                ContentType = "text/plain; charset=utf-8",
                Content = $"The kept copy of this bundle no longer hashes to {record.BundleSha256}, the SHA-256 recorded when it was handed out: it was altered, and it is not served.",
            },
        };
    }

    public static string BundleUrl(Guid exportId) => $"{WebRoutes.Exports}?handler=Bundle&exportId={exportId:D}";

    public string OlderUrl(long before)
    {
        var query = new List<KeyValuePair<string, string?>> { new("before", before.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        if (Incident is { } incident)
            query.Add(new("incident", incident.ToString("D")));
        return WebRoutes.Exports + QueryString.Create(query);
    }
}
