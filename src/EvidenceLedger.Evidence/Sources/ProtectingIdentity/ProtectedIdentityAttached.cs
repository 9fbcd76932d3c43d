using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Evidence.Sources.ProtectingIdentity;

/// <summary>The source's identity, encrypted under the per-source key <paramref name="KeyId"/>; readable only while that key exists.</summary>
[EventType("source_protected_identity_attached")]
public sealed record ProtectedIdentityAttached(Guid SourceId, string KeyId, string Ciphertext) : ISourceEvent;
