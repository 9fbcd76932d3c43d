using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Evidence.Grading;

namespace EvidenceLedger.Evidence.Sources.Registering;

[EventType("source_registered")]
public sealed record SourceRegistered(Guid SourceId, string Name, SourceKind Kind, SourceReliability Reliability) : ISourceEvent;
