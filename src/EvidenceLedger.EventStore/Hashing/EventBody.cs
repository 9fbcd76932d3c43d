using System.Buffers;
using System.Text.Json;
using EvidenceLedger.EventStore.Canonical;
using EvidenceLedger.EventStore.Time;
using NodaTime;

namespace EvidenceLedger.EventStore.Hashing;

/// <summary>
/// The canonical bytes of one event: the RFC 8785 form of a JSON object holding the event id, stream id,
/// type, data and all metadata. Version and previous hash are framed around it by <see cref="EventHash"/>.
/// Specified in docs/event-hashing.md so that a verifier in any language can rebuild it.
/// </summary>
public static class EventBody
{
    public static byte[] Canonical(Guid eventId, string streamId, string type, JsonElement data, string actor,
        Instant recordedAt, Guid correlationId, Guid? causationId, string? reason)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + data.GetRawText().Length);
        // Members written in RFC 8785 order (sorted by UTF-16 code units).
        Raw(buffer, "{\"actor\":");
        JsonCanonicalizer.WriteString(actor, buffer);
        Raw(buffer, ",\"causationId\":");
        if (causationId is { } causation) JsonCanonicalizer.WriteString(causation.ToString("D"), buffer); else Raw(buffer, "null");
        Raw(buffer, ",\"correlationId\":");
        JsonCanonicalizer.WriteString(correlationId.ToString("D"), buffer);
        Raw(buffer, ",\"data\":");
        JsonCanonicalizer.Write(data, buffer);
        Raw(buffer, ",\"eventId\":");
        JsonCanonicalizer.WriteString(eventId.ToString("D"), buffer);
        Raw(buffer, ",\"reason\":");
        if (reason is null) Raw(buffer, "null"); else JsonCanonicalizer.WriteString(reason, buffer);
        Raw(buffer, ",\"recordedAt\":");
        JsonCanonicalizer.WriteString(LedgerInstant.Format(recordedAt), buffer);
        Raw(buffer, ",\"streamId\":");
        JsonCanonicalizer.WriteString(streamId, buffer);
        Raw(buffer, ",\"type\":");
        JsonCanonicalizer.WriteString(type, buffer);
        Raw(buffer, "}");
        return buffer.WrittenSpan.ToArray();
    }

    private static void Raw(ArrayBufferWriter<byte> buffer, string ascii)
    {
        var span = buffer.GetSpan(ascii.Length);
        for (var i = 0; i < ascii.Length; i++) span[i] = (byte)ascii[i];
        buffer.Advance(ascii.Length);
    }
}
