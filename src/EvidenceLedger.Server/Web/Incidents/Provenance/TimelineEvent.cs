using NodaTime;

namespace EvidenceLedger.Server.Web.Incidents.Provenance;

/// <summary>One event as the provenance timeline draws it; <paramref name="Anchor"/> is the id of its entry in the history list.</summary>
public sealed record TimelineEvent(long Version, string Type, string Actor, Instant RecordedAt, string Hash, string Anchor, string Summary);
