using System.Buffers;
using System.Text.Json;
using EvidenceLedger.EventStore.Canonical;
using EvidenceLedger.EventStore.Time;
using NodaTime;

namespace EvidenceLedger.EventStore.Hashing;

/// <summary>
/// The canonical body (<see cref="EventBody"/>) split around what differs between the events of one append: the
/// members they share (actor, causation, correlation, reason, recorded-at, stream) are encoded once per append.
/// </summary>
public sealed class EventBodyTemplate
{
    // RFC 8785 member order: actor, causationId, correlationId, data | eventId | reason, recordedAt, streamId, type.
    private readonly byte[] _beforeData;
    private readonly byte[] _afterEventId;
    private readonly ArrayBufferWriter<byte> _buffer = new(512);

    public EventBodyTemplate(string streamId, string actor, Instant recordedAt, Guid correlationId, Guid? causationId, string? reason)
    {
        var part = new ArrayBufferWriter<byte>(256);
        JsonCanonicalizer.WriteAscii(part, "{\"actor\":");
        JsonCanonicalizer.WriteString(actor, part);
        JsonCanonicalizer.WriteAscii(part, ",\"causationId\":");
        if (causationId is { } causation) Uuid(part, causation); else JsonCanonicalizer.WriteAscii(part, "null");
        JsonCanonicalizer.WriteAscii(part, ",\"correlationId\":");
        Uuid(part, correlationId);
        JsonCanonicalizer.WriteAscii(part, ",\"data\":");
        _beforeData = part.WrittenSpan.ToArray();

        part.ResetWrittenCount();
        JsonCanonicalizer.WriteAscii(part, ",\"reason\":");
        if (reason is null) JsonCanonicalizer.WriteAscii(part, "null"); else JsonCanonicalizer.WriteString(reason, part);
        JsonCanonicalizer.WriteAscii(part, ",\"recordedAt\":");
        JsonCanonicalizer.WriteString(LedgerInstant.Format(recordedAt), part);
        JsonCanonicalizer.WriteAscii(part, ",\"streamId\":");
        JsonCanonicalizer.WriteString(streamId, part);
        JsonCanonicalizer.WriteAscii(part, ",\"type\":");
        _afterEventId = part.WrittenSpan.ToArray();
    }

    public byte[] Body(Guid eventId, string type, JsonElement data)
    {
        _buffer.ResetWrittenCount();
        _buffer.Write(_beforeData);
        JsonCanonicalizer.Write(data, _buffer);
        JsonCanonicalizer.WriteAscii(_buffer, ",\"eventId\":");
        Uuid(_buffer, eventId);
        _buffer.Write(_afterEventId);
        JsonCanonicalizer.WriteString(type, _buffer);
        JsonCanonicalizer.WriteAscii(_buffer, "}");
        return _buffer.WrittenSpan.ToArray();
    }

    private static void Uuid(ArrayBufferWriter<byte> buffer, Guid value)
    {
        // The "D" form is 36 ASCII characters: nothing in it needs escaping.
        var span = buffer.GetSpan(38);
        span[0] = (byte)'"';
        value.TryFormat(span[1..], out var written, "D");
        span[written + 1] = (byte)'"';
        buffer.Advance(written + 2);
    }
}
