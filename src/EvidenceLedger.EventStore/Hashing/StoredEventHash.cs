using System.Buffers;
using System.Security.Cryptography;
using EvidenceLedger.EventStore.Canonical;
using EvidenceLedger.EventStore.Time;
using NodaTime;

namespace EvidenceLedger.EventStore.Hashing;

/// <summary>
/// An event's hash from its stored row: the body (<see cref="EventBody"/>) built with the event's stored
/// <c>payloadSha256</c> header in place of its payload, framed by <see cref="EventHash"/>. What the Merkle log's
/// integrator chains, and what a reader shows for an event the integrator has not reached yet.
/// </summary>
public static class StoredEventHash
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    // The events of one append share their instant: its text is made once.
    [ThreadStatic]
    private static (Instant Instant, string Text)? _lastInstant;

    public static byte[] Compute(byte[]? previousHash, long version, Guid eventId, string streamId, string type, string actor,
        Instant recordedAt, Guid correlationId, Guid? causationId, string payloadSha256)
    {
        if (previousHash is { Length: not EventHash.Length })
            throw new ArgumentException("A previous hash is 32 bytes.", nameof(previousHash));
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        buffer.Advance(EventHash.WriteFrame(previousHash, version, buffer.GetSpan(EventHash.FrameLength)));
        // RFC 8785 member order, as in EventBodyTemplate.
        JsonCanonicalizer.WriteAscii(buffer, "{\"actor\":");
        JsonCanonicalizer.WriteString(actor, buffer);
        JsonCanonicalizer.WriteAscii(buffer, ",\"causationId\":");
        if (causationId is { } causation) JsonCanonicalizer.WriteUuid(buffer, causation);
        else JsonCanonicalizer.WriteAscii(buffer, "null");
        JsonCanonicalizer.WriteAscii(buffer, ",\"correlationId\":");
        JsonCanonicalizer.WriteUuid(buffer, correlationId);
        JsonCanonicalizer.WriteAscii(buffer, ",\"eventId\":");
        JsonCanonicalizer.WriteUuid(buffer, eventId);
        JsonCanonicalizer.WriteAscii(buffer, ",\"payloadSha256\":");
        JsonCanonicalizer.WriteString(payloadSha256, buffer);
        JsonCanonicalizer.WriteAscii(buffer, ",\"recordedAt\":");
        JsonCanonicalizer.WriteString(InstantText(recordedAt), buffer);
        JsonCanonicalizer.WriteAscii(buffer, ",\"streamId\":");
        JsonCanonicalizer.WriteString(streamId, buffer);
        JsonCanonicalizer.WriteAscii(buffer, ",\"type\":");
        JsonCanonicalizer.WriteString(type, buffer);
        JsonCanonicalizer.WriteAscii(buffer, "}");
        return SHA256.HashData(buffer.WrittenSpan);
    }

    private static string InstantText(Instant instant)
    {
        if (_lastInstant is { } last && last.Instant == instant) return last.Text;
        var text = LedgerInstant.Format(instant);
        _lastInstant = (instant, text);
        return text;
    }
}
