using System.Text.Json;
using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Dating;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents.Dating;
using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Incidents.Relocating;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Web.Shared;

namespace EvidenceLedger.Server.Web.Incidents.Provenance;

/// <summary>One sentence saying what an incident event did, for the provenance list and for "changed since you opened it".</summary>
public static class EventDescriptions
{
    private const int QuoteLength = 90;

    /// <param name="claimStatements">The current statement of each claim, to say which claim an event was about.</param>
    public static string Describe(HistoryEntry entry, IReadOnlyDictionary<Guid, string> claimStatements)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string Claim(Guid claimId) => claimStatements.TryGetValue(claimId, out var statement) ? $"the claim {Quote(statement)}" : "a claim";
        return Typed(entry) switch
        {
            IncidentRecorded recorded => $"recorded the incident {Quote(recorded.Title)}",
            IncidentDescriptionRevised revised => $"revised the title and summary ({Isolated(revised.Reason)})",
            IncidentOccurrenceRevised redated => $"re-dated the incident to {redated.Occurred.Reading()} ({redated.Occurred.Edtf}) ({Isolated(redated.Reason)})",
            IncidentRelocated relocated => $"moved the incident to {Isolated(relocated.PlaceName)} ({Isolated(relocated.Reason)})",
            IncidentPlaceAliasAdded alias => $"added the place name {Quote(alias.Alias)}",
            ClaimRecorded claim => $"logged the claim {Quote(claim.Statement)}",
            ClaimCorrected corrected => $"corrected a claim to {Quote(corrected.Statement)} ({Isolated(corrected.Reason)})",
            ClaimOccurrenceRevised redated => (redated.Occurred is { } said ? $"re-dated a claim to {said.Reading()} ({said.Edtf})" : "removed a claim's date")
                + $" ({Isolated(redated.Reason)})",
            ClaimRetracted retracted => $"retracted {Claim(retracted.ClaimId)} ({Isolated(retracted.Reason)})",
            ClaimCited cited => $"cited {Quote(cited.Title)} for {Claim(cited.ClaimId)}",
            VerificationStepRecorded step => $"recorded a {Display.Method(step.Method)} step ({Display.Outcome(step.Outcome)}) on {Claim(step.ClaimId)}",
            ClaimAssessed assessed =>
                $"assessed {Claim(assessed.ClaimId)} as {Display.Status(assessed.Status)}, credibility {AdmiraltyCode.Of(assessed.Credibility)}",
            IClaimEvent claimEvent => $"{Words(entry.Type)}: {Claim(claimEvent.ClaimId)}",
            _ => Words(entry.Type),
        };
    }

    /// <summary>The event as its domain type, or null for one written by an older shape of the type.</summary>
    public static object? Typed(HistoryEntry entry)
    {
        try
        {
            return EvidenceEvents.Serializer.Deserialize(entry.Type, entry.Data);
        }
        catch (JsonException)
        {
            // An event written by an older shape of the type still gets a line, just a plainer one.
            return null;
        }
    }

    // First-strong isolates (the plain-text <bdi>): an Arabic quote inside an English sentence keeps both in order.
    private static string Quote(string text) =>
        "“" + Isolated(text.Length <= QuoteLength ? text : text[..(QuoteLength - 1)].TrimEnd() + "…") + "”";

    private static string Isolated(string text) => "\u2068" + text + "\u2069";

    private static string Words(string eventType) => eventType.Replace('_', ' ');
}
