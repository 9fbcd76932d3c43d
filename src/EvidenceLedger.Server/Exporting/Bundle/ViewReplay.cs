using System.Text.Json;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Incidents.Viewing;
using EvidenceLedger.Evidence.Sources.Viewing;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Sources;

namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>
/// Rebuilds the incident and its sources from a bundle's events alone, through the domain's pure view builders — the
/// same ones the ledger's read models and point-in-time reads use. Withheld events replay as their stand-ins whether or
/// not their content is at hand, so the exporter (which has it) and verify-bundle (which has not) build the same views.
/// </summary>
public static class ViewReplay
{
    /// <exception cref="ReplayFailedException">An event cannot be read or applied.</exception>
    public static (IncidentDocument Incident, IReadOnlyList<SourceDocument> Sources) Replay(
        string incidentStreamId, IReadOnlyList<StoredEvent> incident, IEnumerable<(string StreamId, IReadOnlyList<StoredEvent> Events)> sources)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(sources);
        var sourceViews = new Dictionary<Guid, SourceView>();
        foreach (var (streamId, events) in sources)
        {
            if (ReplaySource(streamId, events) is { } view) sourceViews[view.SourceId] = view;
        }

        var incidentView = ReplayIncident(incident) ?? throw new ReplayFailedException(incidentStreamId, 0, "the stream has no events.");
        var document = IncidentDocument.From(incidentView, sourceViews);
        return (document, SourceIds.Of(document).Where(sourceViews.ContainsKey).Select(id => SourceDocument.From(sourceViews[id])).ToList());
    }

    private static IncidentView? ReplayIncident(IReadOnlyList<StoredEvent> events)
    {
        IncidentView? view = null;
        foreach (var stored in events)
        {
            Apply(stored, () =>
            {
                var @event = EvidenceEvents.AsIncidentEvent(stored)
                    ?? throw new ReplayFailedException(stored.StreamId, stored.Version, $"'{stored.Type}' is not an incident event.");
                view = IncidentViewBuilder.Apply(view, @event, EvidenceEvents.Envelope(stored));
            });
        }
        return view;
    }

    private static SourceView? ReplaySource(string streamId, IReadOnlyList<StoredEvent> events)
    {
        if (!streamId.StartsWith(EvidenceStreams.SourcePrefix, StringComparison.Ordinal)
            || !Guid.TryParse(streamId[EvidenceStreams.SourcePrefix.Length..], out var sourceId))
            throw new ReplayFailedException(streamId, 0, "it is not a source stream (source-{id}).");

        SourceView? view = null;
        foreach (var stored in events)
        {
            Apply(stored, () =>
            {
                var @event = WithheldEvents.AreWithheld(stored.Type) ? WithheldEvents.StandIn(stored.Type, sourceId) : EvidenceEvents.AsSourceEvent(stored);
                view = SourceViewBuilder.Apply(view, @event ?? throw new ReplayFailedException(stored.StreamId, stored.Version, $"'{stored.Type}' is not a source event."),
                    EvidenceEvents.Envelope(stored));
            });
        }
        return view;
    }

    private static void Apply(StoredEvent stored, Action apply)
    {
        try
        {
            apply();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or JsonException or NotSupportedException or FormatException)
        {
            throw new ReplayFailedException(stored.StreamId, stored.Version, e.Message, e);
        }
    }
}
