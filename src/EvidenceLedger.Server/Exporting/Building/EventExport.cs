using System.Text;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>How a stored event and its inclusion proof are written into a bundle, withholding what must never leave the ledger.</summary>
public static class EventExport
{
    public static ExportedEvent From(StoredEvent stored, LeafProof proof)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(proof);
        var hashes = proof.Hashes.Select(Convert.ToBase64String).ToList();
        var previousHash = stored.PreviousHash is null ? null : Convert.ToHexStringLower(stored.PreviousHash);
        var hash = Convert.ToHexStringLower(stored.Hash);
        var recordedAt = LedgerInstant.Format(stored.RecordedAt);

        var body = Encoding.UTF8.GetString(EventBody.Canonical(stored.EventId, stored.StreamId, stored.Type, stored.Data, stored.Actor,
            stored.RecordedAt, stored.CorrelationId, stored.CausationId, stored.Reason));
        var payloadSha256 = EventBody.PayloadSha256(stored.Data, stored.Reason);
        if (WithheldEvents.AreWithheld(stored.Type))
        {
            // Everything but the payload: its hash stands in for it in the body, so type, actor and time stay under the hash.
            return new ExportedEvent(stored.EventId, stored.StreamId, stored.Version, stored.Type, null, stored.Actor, recordedAt, stored.CorrelationId,
                stored.CausationId, null, previousHash, hash, stored.Position, body, proof.LeafIndex, hashes, WithheldEvents.ProtectedIdentity, payloadSha256);
        }

        return new ExportedEvent(stored.EventId, stored.StreamId, stored.Version, stored.Type, stored.Data, stored.Actor, recordedAt,
            stored.CorrelationId, stored.CausationId, stored.Reason, previousHash, hash, stored.Position, body, proof.LeafIndex, hashes,
            PayloadSha256: payloadSha256);
    }
}
