using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Evidence.Grading;

namespace EvidenceLedger.Evidence.Sources.Regrading;

/// <summary>The source's reliability now stands at <paramref name="Reliability"/>; the previous grade is in the stream before it.</summary>
[EventType("source_reliability_regraded")]
public sealed record SourceReliabilityRegraded(Guid SourceId, SourceReliability Reliability, string Rationale) : ISourceEvent;
