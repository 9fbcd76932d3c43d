using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using EvidenceLedger.EventStore.Canonical;
using EvidenceLedger.EventStore.Time;
using NodaTime;

namespace EvidenceLedger.EventStore.Hashing;

/// <summary>
/// The canonical body (<see cref="EventBody"/>) split around what differs between the events of one append: the
/// members they share (actor, causation, correlation, recorded-at, stream, and the reason inside the payload) are
/// encoded once per append.
/// </summary>
public sealed class EventBodyTemplate
{
    // RFC 8785 member order: actor, causationId, correlationId, eventId | payloadSha256 | recordedAt, streamId, type.
    private readonly byte[] _beforeEventId;
    private readonly byte[] _afterPayload;
    // The payload is {"data":…,"reason":…}: everything after the data is the same for the whole append.
    private readonly byte[] _payloadTail;
    private readonly ArrayBufferWriter<byte> _buffer = new(512);
    private readonly ArrayBufferWriter<byte> _payload = new(512);

    public EventBodyTemplate(string streamId, string actor, Instant recordedAt, Guid correlationId, Guid? causationId, string? reason)
    {
        var part = new ArrayBufferWriter<byte>(256);
        JsonCanonicalizer.WriteAscii(part, "{\"actor\":");
        JsonCanonicalizer.WriteString(actor, part);
        JsonCanonicalizer.WriteAscii(part, ",\"causationId\":");
        if (causationId is { } causation) JsonCanonicalizer.WriteUuid(part, causation); else JsonCanonicalizer.WriteAscii(part, "null");
        JsonCanonicalizer.WriteAscii(part, ",\"correlationId\":");
        JsonCanonicalizer.WriteUuid(part, correlationId);
        JsonCanonicalizer.WriteAscii(part, ",\"eventId\":");
        _beforeEventId = part.WrittenSpan.ToArray();

        part.ResetWrittenCount();
        JsonCanonicalizer.WriteAscii(part, "\",\"recordedAt\":");
        JsonCanonicalizer.WriteString(LedgerInstant.Format(recordedAt), part);
        JsonCanonicalizer.WriteAscii(part, ",\"streamId\":");
        JsonCanonicalizer.WriteString(streamId, part);
        JsonCanonicalizer.WriteAscii(part, ",\"type\":");
        _afterPayload = part.WrittenSpan.ToArray();

        part.ResetWrittenCount();
        JsonCanonicalizer.WriteAscii(part, ",\"reason\":");
        if (reason is null) JsonCanonicalizer.WriteAscii(part, "null"); else JsonCanonicalizer.WriteString(reason, part);
        JsonCanonicalizer.WriteAscii(part, "}");
        _payloadTail = part.WrittenSpan.ToArray();
    }

    public byte[] Body(Guid eventId, string type, JsonElement data)
    {
        _buffer.ResetWrittenCount();
        _buffer.Write(_beforeEventId);
        JsonCanonicalizer.WriteUuid(_buffer, eventId);
        JsonCanonicalizer.WriteAscii(_buffer, ",\"payloadSha256\":\"");
        WritePayloadSha256(data);
        _buffer.Write(_afterPayload);
        JsonCanonicalizer.WriteString(type, _buffer);
        JsonCanonicalizer.WriteAscii(_buffer, "}");
        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>Lower-case hex SHA-256 of the RFC 8785 form of <c>{"data":…,"reason":…}</c>.</summary>
    public string PayloadSha256(JsonElement data)
    {
        Span<byte> hash = stackalloc byte[32];
        HashPayload(data, hash);
        return Convert.ToHexStringLower(hash);
    }

    private void WritePayloadSha256(JsonElement data)
    {
        Span<byte> hash = stackalloc byte[32];
        HashPayload(data, hash);
        var hex = _buffer.GetSpan(64);
        Convert.TryToHexStringLower(hash, hex, out var written);
        _buffer.Advance(written);
    }

    private void HashPayload(JsonElement data, Span<byte> hash)
    {
        _payload.ResetWrittenCount();
        JsonCanonicalizer.WriteAscii(_payload, "{\"data\":");
        JsonCanonicalizer.Write(data, _payload);
        _payload.Write(_payloadTail);
        SHA256.HashData(_payload.WrittenSpan, hash);
    }
}
