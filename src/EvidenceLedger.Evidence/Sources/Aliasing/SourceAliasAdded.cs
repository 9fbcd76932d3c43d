using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Evidence.Sources.Aliasing;

[EventType("source_alias_added")]
public sealed record SourceAliasAdded(Guid SourceId, string Alias) : ISourceEvent;
