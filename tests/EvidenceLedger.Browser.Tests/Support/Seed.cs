using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Evidence.Sources;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Wolverine;
using Wolverine.Runtime;

namespace EvidenceLedger.Browser.Tests.Support;

/// <summary>
/// Puts evidence into a test's ledger through the same application services the pages call, for tests about what the
/// pages show rather than how they are filled in.
/// </summary>
public sealed class Seed(LedgerInBrowser ledger, string actor)
{
    private IWolverineRuntime Wolverine => ledger.Services.GetRequiredService<IWolverineRuntime>();

    private SourceCommands Sources => ledger.Services.GetRequiredService<SourceCommands>();

    private static Instant Now => SystemClock.Instance.GetCurrentInstant();

    public async Task<Guid> IncidentAsync(string title, string place, IReadOnlyList<string>? aliases = null, string occurred = "2015-11-18", string summary = "")
    {
        var id = Guid.CreateVersion7();
        Accepted(await DecideAsync(new RecordIncident(id, title, summary, occurred, new Place(place, aliases ?? []), Now), actor));
        return id;
    }

    public async Task<Guid> SourceAsync(string name, SourceKind kind = SourceKind.Media, SourceReliability reliability = SourceReliability.UsuallyReliable)
    {
        var id = Guid.CreateVersion7();
        Accepted(await Sources.RegisterAsync(new RegisterSource(id, name, kind, reliability), actor));
        return id;
    }

    public async Task<Guid> ClaimAsync(Guid incidentId, Guid sourceId, string statement, string? count = null,
        InformationCredibility credibility = InformationCredibility.PossiblyTrue)
    {
        var id = Guid.CreateVersion7();
        Accepted(await DecideAsync(
            new RecordClaim(incidentId, id, statement, sourceId, "killing", count is null ? null : CountRange.Parse(count), credibility), actor));
        return id;
    }

    public async Task RegradeAsync(Guid sourceId, SourceReliability reliability, string rationale) =>
        Accepted(await Sources.HandleAsync(new RegradeSourceReliability(sourceId, reliability, rationale), actor));

    public async Task CorrectAsync(Guid incidentId, Guid claimId, string statement, string reason) =>
        Accepted(await DecideAsync(new CorrectClaim(incidentId, claimId, statement, reason), actor));

    public async Task RetractAsync(Guid incidentId, Guid claimId, string reason) =>
        Accepted(await DecideAsync(new RetractClaim(incidentId, claimId, reason), actor));

    public async Task CiteAsync(Guid incidentId, Guid claimId, string title, string url, string excerpt) =>
        Accepted(await DecideAsync(
            new CiteDocument(incidentId, claimId, Guid.CreateVersion7(), title, url, "25 November 2015", null, excerpt, Now), actor));

    public async Task VerifyAsync(Guid incidentId, Guid claimId, Guid? sourceId, string notes) =>
        Accepted(await DecideAsync(new RecordVerificationStep(incidentId, claimId, Guid.CreateVersion7(), VerificationMethod.CrossReference,
            VerificationOutcome.Supports, notes, sourceId), actor));

    private Task<CommandOutcome> DecideAsync(IIncidentCommand command, string by) =>
        new MessageBus(Wolverine).InvokeAsync<CommandOutcome>(DecideIncident.For(command, by));

    private static void Accepted(CommandOutcome outcome) =>
        Assert.True(outcome.IsAccepted, $"The seed command was not accepted: {outcome}");
}
