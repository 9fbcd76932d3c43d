using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using EvidenceLedger.EventStore.Time;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// docs/event-hashing.md computed again, by the verifier's own code rather than the writer's: SHA-256 of the domain tag,
/// the previous hash, the version and the RFC 8785 body, all written into one reused per-thread buffer. A property test
/// holds it to <see cref="EvidenceLedger.EventStore.Hashing.EventHash"/> and the documented test vector.
/// </summary>
internal sealed class EventHashRecomputer
{
    private const int HashLength = 32;

    [ThreadStatic]
    private static EventHashRecomputer? _forThisThread;

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly ArrayBufferWriter<byte> _payload = new(1024);

    public static EventHashRecomputer ForThisThread => _forThisThread ??= new EventHashRecomputer();

    public static bool Matches(EventRow row, byte[] storedHash)
    {
        Span<byte> hash = stackalloc byte[HashLength];
        using (var data = JsonDocument.Parse(row.DataJson))
        {
            ForThisThread.Compute(new EventFields(row.EventId, row.StreamId, row.Version, row.Type, data.RootElement, row.Actor, row.RecordedAt,
                row.CorrelationId, row.CausationId, row.Reason, row.PreviousHash), hash);
        }

        return hash.SequenceEqual(storedHash);
    }

    public void Compute(in EventFields row, Span<byte> hash)
    {
        _buffer.ResetWrittenCount();
        _buffer.Write("EvidenceLedger/event/v1\0"u8);
        var previous = _buffer.GetSpan(HashLength)[..HashLength];
        if (row.PreviousHash is { Length: HashLength } previousHash)
        {
            previousHash.CopyTo(previous);
        }
        else
        {
            previous.Clear();
        }

        _buffer.Advance(HashLength);
        BinaryPrimitives.WriteInt64BigEndian(_buffer.GetSpan(8), row.Version);
        _buffer.Advance(8);
        WriteBody(row);
        SHA256.HashData(_buffer.WrittenSpan, hash);
    }

    /// <summary>The canonical body alone: the bytes <see cref="Compute"/> hashes after the domain tag, previous hash and version.</summary>
    public byte[] Body(in EventFields row)
    {
        _buffer.ResetWrittenCount();
        WriteBody(row);
        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>The members of docs/event-hashing.md §1, in RFC 8785 order.</summary>
    private void WriteBody(in EventFields row)
    {
        _buffer.Write("{\"actor\":"u8);
        CanonicalJsonWriter.WriteString(row.Actor, _buffer);
        _buffer.Write(",\"causationId\":"u8);
        WriteUuidOrNull(row.CausationId);
        _buffer.Write(",\"correlationId\":"u8);
        WriteUuidOrNull(row.CorrelationId);
        _buffer.Write(",\"eventId\":"u8);
        WriteUuidOrNull(row.EventId);
        _buffer.Write(",\"payloadSha256\":"u8);
        CanonicalJsonWriter.WriteString(row.PayloadSha256 ?? PayloadSha256(row.Data, row.Reason), _buffer);
        _buffer.Write(",\"recordedAt\":"u8);
        CanonicalJsonWriter.WriteString(LedgerInstant.Format(row.RecordedAt), _buffer);
        _buffer.Write(",\"streamId\":"u8);
        CanonicalJsonWriter.WriteString(row.StreamId, _buffer);
        _buffer.Write(",\"type\":"u8);
        CanonicalJsonWriter.WriteString(row.Type, _buffer);
        _buffer.Write("}"u8);
    }

    /// <summary>Lower-case hex SHA-256 of the RFC 8785 form of <c>{"data":…,"reason":…}</c> (docs/event-hashing.md §1).</summary>
    public string PayloadSha256(JsonElement data, string? reason)
    {
        _payload.ResetWrittenCount();
        _payload.Write("{\"data\":"u8);
        CanonicalJsonWriter.Write(data, _payload);
        _payload.Write(",\"reason\":"u8);
        if (reason is null)
        {
            _payload.Write("null"u8);
        }
        else
        {
            CanonicalJsonWriter.WriteString(reason, _payload);
        }

        _payload.Write("}"u8);
        return Convert.ToHexStringLower(SHA256.HashData(_payload.WrittenSpan));
    }

    /// <summary>What the hash covers, however the event was read.</summary>
    /// <param name="PayloadSha256">Given for an event shown without its payload (withheld): it then stands in for <paramref name="Data"/> and <paramref name="Reason"/>.</param>
    public readonly record struct EventFields(Guid EventId, string StreamId, long Version, string Type, JsonElement Data, string Actor,
        NodaTime.Instant RecordedAt, Guid CorrelationId, Guid? CausationId, string? Reason, byte[]? PreviousHash, string? PayloadSha256 = null);

    private void WriteUuidOrNull(Guid? id)
    {
        if (id is not { } value)
        {
            _buffer.Write("null"u8);
            return;
        }

        var span = _buffer.GetSpan(38);
        span[0] = (byte)'"';
        value.TryFormat(span[1..], out var written, "D");
        span[1 + written] = (byte)'"';
        _buffer.Advance(written + 2);
    }
}
