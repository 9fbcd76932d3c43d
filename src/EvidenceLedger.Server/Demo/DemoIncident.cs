using System.Globalization;
using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents.Dating;
using EvidenceLedger.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Places;
using NodaTime;

namespace EvidenceLedger.Server.Demo;

/// <summary>
/// Builds the commands about one demo incident. Every id is derived from the incident's key and the names given here,
/// so the same demo always produces the same ids.
/// </summary>
internal sealed class DemoIncident(string key, Instant now)
{
    public Guid Id { get; } = DemoIds.For($"incident/{key}");

    public Guid ClaimId(string claim) => DemoIds.For($"incident/{key}/claim/{claim}");

    public RecordIncident Record(string title, string summary, string occurred, Place place) =>
        new(Id, title, summary, occurred, place, now);

    public AddIncidentPlaceAlias Alias(string alias) => new(Id, alias);

    public ReviseIncidentOccurrence Redate(string occurred, string reason) => new(Id, occurred, reason, now);

    public RecordClaim Claim(string claim, string statement, Guid sourceId, string category, InformationCredibility credibility, CountRange? count = null) =>
        new(Id, ClaimId(claim), statement, sourceId, category, count, credibility);

    /// <summary>Cites the exact <paramref name="excerpt"/> of the captured <paramref name="document"/>, with the capture's SHA-256.</summary>
    public CiteDocument Cite(string claim, DemoDocument document, string excerpt) =>
        new(Id, ClaimId(claim), DemoIds.For($"incident/{key}/claim/{claim}/citation/{document.Url}/{excerpt}"),
            document.Title, document.Url, document.PublishedOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), document.CaptureSha256(), excerpt, now);

    public RecordVerificationStep Verify(string claim, string step, VerificationMethod method, VerificationOutcome outcome, string notes, Guid? sourceId = null) =>
        new(Id, ClaimId(claim), DemoIds.For($"incident/{key}/claim/{claim}/step/{step}"), method, outcome, notes, sourceId);

    public CorrectClaim Correct(string claim, string statement, string reason) => new(Id, ClaimId(claim), statement, reason);

    public RetractClaim Retract(string claim, string reason) => new(Id, ClaimId(claim), reason);

    public AssessClaim Assess(string claim, ClaimStatus status, InformationCredibility credibility, string rationale) =>
        new(Id, ClaimId(claim), status, credibility, rationale);
}
