using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Exporting.Recording;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Web.Shared;

namespace EvidenceLedger.Server.Web.Exports;

/// <summary>Past provenance exports as the ledger recorded them, newest first: the chain of custody of every copy handed out.</summary>
[RequiresPolicy(LedgerPolicies.ListExports)]
public sealed class ExportsModel(ExportQueries exports, IncidentQueries incidents) : LedgerPageModel
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

    public string OlderUrl(long before)
    {
        var query = new List<KeyValuePair<string, string?>> { new("before", before.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        if (Incident is { } incident)
            query.Add(new("incident", incident.ToString("D")));
        return WebRoutes.Exports + QueryString.Create(query);
    }
}
