using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Evidence.Sources.ShreddingIdentity;

/// <summary>The source's identity is erased: <paramref name="KeyId"/> names the per-source key that must be destroyed.</summary>
[EventType("source_identity_shredded")]
public sealed record SourceIdentityShredded(Guid SourceId, string KeyId, string Reason) : ISourceEvent;
