using EvidenceLedger.EventStore.Reading;
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
using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>
/// What an event did, in a sentence a court can read. Claims are named by their wording at the time, so a correction
/// shows the words it replaced; <see cref="Remember"/> keeps that wording as the timeline moves on.
/// </summary>
internal sealed class EventWording(IReadOnlyDictionary<Guid, string> sourceNames)
{
    private readonly Dictionary<Guid, string> _statements = [];

    public void Describe(HtmlText html, StoredEvent stored, bool withheld)
    {
        if (withheld)
        {
            DescribeWithheld(html, stored);
            return;
        }

        switch (EvidenceEvents.Serializer.Deserialize(stored))
        {
            case IncidentRecorded e:
                html.Text("Recorded the incident ").Quoted(e.Title).Text(", occurred ").Text(e.Occurred.Reading() + " (").Auto(e.Occurred.Edtf).Text("), at ").Auto(e.Place.Name).Text(".");
                break;
            case IncidentDescriptionRevised e:
                html.Text("Revised the incident's title and summary; the title now reads ").Quoted(e.Title).Text(".");
                break;
            case IncidentOccurrenceRevised e:
                html.Text("Re-dated the incident to ").Text(e.Occurred.Reading() + " (").Auto(e.Occurred.Edtf).Text(").");
                break;
            case IncidentRelocated e:
                html.Text("Relocated the incident to ").Auto(e.PlaceName).Text(".");
                break;
            case IncidentPlaceAliasAdded e:
                html.Text("Added another name of the place: ").Quoted(e.Alias).Text(".");
                break;
            case ClaimRecorded e:
                _statements[e.ClaimId] = e.Statement;
                html.Text("Recorded the claim ").Quoted(e.Statement).Text(", attributed to ").Auto(SourceName(e.SourceId))
                    .Text(e.Occurred is { } said ? $", dated by the source {said.Reading()} ({said.Edtf})" : "")
                    .Text($", information credibility {AdmiraltyCode.Of(e.Credibility)}.");
                break;
            case ClaimCorrected e:
                html.Text("Corrected the claim ").Raw("<span class=\"before\">").Quoted(Statement(e.ClaimId)).Raw("</span>").Text(" to ").Quoted(e.Statement).Text(".");
                _statements[e.ClaimId] = e.Statement;
                break;
            case ClaimOccurrenceRevised e:
                html.Text("Re-dated the claim ").Quoted(Statement(e.ClaimId))
                    .Text(e.Occurred is { } redated ? $": the source dates it {redated.Reading()} ({redated.Edtf})." : ": the source gives no date.");
                break;
            case ClaimRetracted e:
                html.Text("Retracted the claim ").Quoted(Statement(e.ClaimId)).Text(".");
                break;
            case ClaimCited e:
                html.Text("Cited ").Quoted(e.Title).Text(" (").Auto(CitedDocumentWords.Of(e.Url, e.File, e.Reference)).Text(") for the claim ").Quoted(Statement(e.ClaimId)).Text(".");
                break;
            case VerificationStepRecorded e:
                html.Text($"Recorded a verification step ({Words.Of(e.Method)}, which {Words.Of(e.Outcome)} it) for the claim ").Quoted(Statement(e.ClaimId)).Text(".");
                break;
            case ClaimAssessed e:
                html.Text("Assessed the claim ").Quoted(Statement(e.ClaimId))
                    .Text($" as {Words.Of(e.Status)}, information credibility {AdmiraltyCode.Of(e.Credibility)}.");
                break;
            case SourceRegistered e:
                html.Text("Registered the source ").Quoted(e.Name).Text($" ({Words.Of(e.Kind)}), graded {AdmiraltyCode.Of(e.Reliability)}.");
                break;
            case SourceReliabilityRegraded e:
                html.Text("Regraded the source ").Quoted(SourceName(e.SourceId)).Text($" to {AdmiraltyCode.Of(e.Reliability)}.");
                break;
            case SourceAliasAdded e:
                html.Text("Recorded that the source ").Quoted(SourceName(e.SourceId)).Text(" also appears as ").Quoted(e.Alias).Text(".");
                break;
            default:
                html.Code(stored.Type);
                break;
        }
    }

    private void DescribeWithheld(HtmlText html, StoredEvent stored)
    {
        var what = stored.Type == WithheldEvents.Shredded
            ? "Shredded the protected identity of the source "
            : stored.Type == WithheldEvents.Attached
                ? "Attached a protected identity to the source "
                : "Changed the source ";
        html.Text(what).Quoted(SourceName(SourceOf(stored))).Text(". ").Raw("<span class=\"withheld\">").Text("Content withheld from this export.").Raw("</span>");
    }

    private string Statement(Guid claimId) => _statements.GetValueOrDefault(claimId, claimId.ToString("D"));

    private string SourceName(Guid sourceId) => sourceNames.GetValueOrDefault(sourceId, $"source {sourceId:D}");

    private static Guid SourceOf(StoredEvent stored) =>
        Guid.TryParse(stored.StreamId.AsSpan(EvidenceStreams.SourcePrefix.Length), out var id) ? id : Guid.Empty;
}
