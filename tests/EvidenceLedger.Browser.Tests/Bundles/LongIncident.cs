using EvidenceLedger.Browser.Tests.Support;
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
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLedger.Browser.Tests.Bundles;

/// <summary>
/// An incident of a given number of events shaped as <c>./ops/ledger export bench</c> writes one: a claim every ten events,
/// corrected again and again with reasons and checked by verification steps, from a source whose identity is protected
/// (so its bundle carries withheld events too). One event per append, as people make them.
/// </summary>
public static class LongIncident
{
    public static async Task<Guid> WriteAsync(LedgerInBrowser ledger, int events)
    {
        var store = ledger.Services.GetRequiredService<LedgerEventStore>();
        var sourceId = Guid.CreateVersion7();
        var registered = await ledger.Services.GetRequiredService<SourceCommands>().RegisterAsync(
            new RegisterSource(sourceId, "Opposition military source in Deir e-Zor city", SourceKind.Anonymous, SourceReliability.CannotBeJudged),
            "amira", identity: new ProtectedIdentityDetails("Abu Omar al-Deiri", "Signal"));
        Assert.True(registered.IsAccepted, registered.ToString());

        var incidentId = Guid.CreateVersion7();
        var place = new Place("al-Bukamal", ["البوكمال", "Abu Kamal"], new Coordinates(34.4536, 40.9187, 2000));
        await AppendAsync(store, incidentId, 0, new IncidentRecorded(incidentId, "Four IS members killed in a gun battle in al-Bukamal",
            "Unknown gunmen publicly attacked IS members.", ImpreciseDate.Parse("2015-11-18"), place), null);
        var claimId = Guid.Empty;
        for (var version = 1; version < events; version++)
        {
            IIncidentEvent next = (version % 10) switch
            {
                1 => new ClaimRecorded(incidentId, claimId = Guid.CreateVersion7(), $"On Wednesday, {version} IS members were killed in a gun battle",
                    sourceId, "killings", null, InformationCredibility.PossiblyTrue),
                5 => new VerificationStepRecorded(incidentId, claimId, Guid.CreateVersion7(), VerificationMethod.CrossReference,
                    VerificationOutcome.Supports, "Syria Direct reports the same gun battle.", sourceId),
                _ => new ClaimCorrected(incidentId, claimId, $"On Wednesday 18 November, {version} IS members were killed in a gun battle in البوكمال",
                    $"Correction {version}: the date and the place were given more precisely"),
            };
            await AppendAsync(store, incidentId, version, next, next is ClaimCorrected corrected ? corrected.Reason : null);
        }
        return incidentId;
    }

    private static Task<AppendResult> AppendAsync(LedgerEventStore store, Guid incidentId, long version, IIncidentEvent @event, string? reason) =>
        store.AppendAsync(EvidenceStreams.Incident(incidentId), version == 0 ? ExpectedVersion.NoStream : ExpectedVersion.Exactly(version),
            [EvidenceEvents.Serializer.ToAppend(@event, Guid.CreateVersion7())], new AppendMetadata("amira", Guid.NewGuid(), Reason: reason));
}
