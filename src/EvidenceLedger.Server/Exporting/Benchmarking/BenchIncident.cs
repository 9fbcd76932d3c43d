using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;

namespace EvidenceLedger.Server.Exporting.Benchmarking;

/// <summary>
/// Writes one incident with a given number of events, shaped like a long-documented one: a claim every ten events, each
/// corrected again and again with reasons and checked by verification steps, attributed to a source with a protected identity.
/// One event per append, as people make them. The export bench writes it; tests that need a long incident do too.
/// </summary>
public static class BenchIncident
{
    public static async Task<Guid> WriteAsync(LedgerEventStore store, SourceCommands sources, int events, string actor, CancellationToken ct)
    {
        var sourceId = Guid.CreateVersion7();
        var registered = await sources.RegisterAsync(new RegisterSource(sourceId, "Opposition military source in Deir e-Zor city", SourceKind.Anonymous,
            SourceReliability.CannotBeJudged), actor, identity: new ProtectedIdentityDetails("Abu Omar al-Deiri", "Signal"), ct: ct);
        if (!registered.IsAccepted) throw new InvalidOperationException($"The bench source was not registered: {registered}.");

        var incidentId = Guid.CreateVersion7();
        var version = 0L;
        foreach (var next in Events(incidentId, sourceId, events))
            await AppendAsync(store, incidentId, version++, next, next is ClaimCorrected corrected ? corrected.Reason : null, actor, ct);
        return incidentId;
    }

    /// <summary>The incident's <paramref name="count"/> events, its recording first, its claims attributed to <paramref name="sourceId"/>.</summary>
    public static IEnumerable<IIncidentEvent> Events(Guid incidentId, Guid sourceId, int count)
    {
        var place = new Place("al-Bukamal", ["البوكمال", "Abu Kamal"], new Coordinates(34.4536, 40.9187, 2000));
        yield return new IncidentRecorded(incidentId, "Four IS members killed in a gun battle in al-Bukamal",
            "Unknown gunmen publicly attacked IS members.", ImpreciseDate.Parse("2015-11-18"), place);

        var claimId = Guid.Empty;
        for (var version = 1; version < count; version++)
        {
            yield return (version % 10) switch
            {
                1 => new ClaimRecorded(incidentId, claimId = Guid.CreateVersion7(), $"On Wednesday, {version} IS members were killed in a gun battle",
                    sourceId, "killings", null, InformationCredibility.PossiblyTrue),
                5 => new VerificationStepRecorded(incidentId, claimId, Guid.CreateVersion7(), VerificationMethod.CrossReference,
                    VerificationOutcome.Supports, "Syria Direct reports the same gun battle.", sourceId),
                _ => new ClaimCorrected(incidentId, claimId, $"On Wednesday 18 November, {version} IS members were killed in a gun battle in البوكمال",
                    $"Correction {version}: the date and the place were given more precisely"),
            };
        }
    }

    private static Task<AppendResult> AppendAsync(LedgerEventStore store, Guid incidentId, long version, IIncidentEvent @event, string? reason, string actor,
        CancellationToken ct) =>
        store.AppendAsync(EvidenceStreams.Incident(incidentId), version == 0 ? ExpectedVersion.NoStream : ExpectedVersion.Exactly(version),
            [EvidenceEvents.Serializer.ToAppend(@event, Guid.CreateVersion7())], new AppendMetadata(actor, Guid.NewGuid(), Reason: reason), ct);
}
