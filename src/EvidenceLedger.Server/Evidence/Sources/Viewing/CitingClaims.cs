using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Claims.Viewing;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents;
using Npgsql;

namespace EvidenceLedger.Server.Evidence.Sources.Viewing;

/// <summary>Every claim, in any incident, attributed to one of some sources: what a source's page lists, now or as of a time.</summary>
public sealed class CitingClaims(LedgerEventStore store, IncidentQueries incidents)
{
    /// <summary>
    /// The claims attributed to any of <paramref name="sourceIds"/> as of <paramref name="limit"/>: those recorded by
    /// then, as they read then. A claim's source never changes, so they are among today's, each incident replayed.
    /// </summary>
    public async Task<IReadOnlyList<CitingClaim>> OfAsync(IEnumerable<Guid> sourceIds, ReadLimit limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var ids = sourceIds.ToHashSet();
        var now = await OfAsync(ids, ct);
        if (limit is ReadLimit.Unlimited) return now;
        var then = new List<CitingClaim>();
        foreach (var incidentId in now.Select(claim => claim.IncidentId).Distinct())
        {
            if (await incidents.ViewAsync(incidentId, limit, ct) is not { } view) continue;
            then.AddRange(view.Claims.Where(claim => ids.Contains(claim.SourceId)).Select(claim => new CitingClaim(incidentId, view.Title, claim)));
        }
        return then;
    }

    /// <summary>The claims attributed to any of <paramref name="sourceIds"/>, incidents in the order they were recorded, claims in theirs.</summary>
    public async Task<IReadOnlyList<CitingClaim>> OfAsync(IEnumerable<Guid> sourceIds, CancellationToken ct = default)
    {
        var ids = sourceIds.Distinct().Select(id => id.ToString("D")).ToArray();
        if (ids.Length == 0) return [];
        await using var command = store.DataSource.CreateCommand($"""
            SELECT incident_id, view->>'title', claim::text
            FROM {IncidentsProjection.Table}, jsonb_array_elements(view->'claims') WITH ORDINALITY AS claims(claim, n)
            WHERE claim->>'sourceId' = ANY($1)
            ORDER BY recorded_position, n
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        var claims = new List<CitingClaim>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var claim = JsonSerializer.Deserialize<ClaimView>(reader.GetString(2), EvidenceEvents.ViewJson)!;
            claims.Add(new CitingClaim(reader.GetGuid(0), reader.GetString(1), claim));
        }
        return claims;
    }
}
