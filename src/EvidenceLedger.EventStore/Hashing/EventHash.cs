using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace EvidenceLedger.EventStore.Hashing;

/// <summary>
/// hash = SHA-256("EvidenceLedger/event/v1" ‖ 0x00 ‖ previous hash (32 zero bytes for version 1) ‖ version as
/// unsigned 64-bit big-endian ‖ canonical body), docs/event-hashing.md.
/// </summary>
public static class EventHash
{
    public const int Length = 32;
    private static readonly byte[] DomainTag = "EvidenceLedger/event/v1\0"u8.ToArray();

    public static byte[] Compute(ReadOnlySpan<byte> previousHash, long version, ReadOnlySpan<byte> canonicalBody)
    {
        if (!previousHash.IsEmpty && previousHash.Length != Length)
            throw new ArgumentException("A previous hash is 32 bytes.", nameof(previousHash));
        // One buffer and a one-shot hash: an incremental hash context per event cost more than hashing the event.
        var framed = ArrayPool<byte>.Shared.Rent(FrameLength + canonicalBody.Length);
        try
        {
            var length = WriteFrame(previousHash, version, framed);
            canonicalBody.CopyTo(framed.AsSpan(length));
            return SHA256.HashData(framed.AsSpan(0, length + canonicalBody.Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(framed);
        }
    }

    /// <summary>The bytes hashed before the body: tag, previous hash (zeros for none), version.</summary>
    public const int FrameLength = 24 + Length + 8;

    /// <summary>Writes what precedes the body into <paramref name="destination"/>; returns <see cref="FrameLength"/>.</summary>
    public static int WriteFrame(ReadOnlySpan<byte> previousHash, long version, Span<byte> destination)
    {
        DomainTag.CopyTo(destination);
        var previous = destination.Slice(DomainTag.Length, Length);
        if (previousHash.IsEmpty) previous.Clear(); else previousHash.CopyTo(previous);
        BinaryPrimitives.WriteInt64BigEndian(destination.Slice(DomainTag.Length + Length, 8), version);
        return FrameLength;
    }
}
