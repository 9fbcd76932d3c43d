using System.Buffers.Binary;
using System.Security.Cryptography;

namespace EvidenceLedger.EventStore.Hashing;

/// <summary>
/// hash = SHA-256("EvidenceLedger/event/v1" ‖ 0x00 ‖ previous hash (32 zero bytes for version 1) ‖ version as
/// unsigned 64-bit big-endian ‖ canonical body). The database computes the same in SQL (ledger.chain_appended_events, a trigger on each move of a stream's head in Marten's mt_streams).
/// </summary>
public static class EventHash
{
    public const int Length = 32;
    private static readonly byte[] DomainTag = "EvidenceLedger/event/v1\0"u8.ToArray();

    public static byte[] Compute(ReadOnlySpan<byte> previousHash, long version, ReadOnlySpan<byte> canonicalBody)
    {
        if (!previousHash.IsEmpty && previousHash.Length != Length)
            throw new ArgumentException("A previous hash is 32 bytes.", nameof(previousHash));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(DomainTag);
        sha.AppendData(previousHash.IsEmpty ? stackalloc byte[Length] : previousHash);
        Span<byte> versionBytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(versionBytes, version);
        sha.AppendData(versionBytes);
        sha.AppendData(canonicalBody);
        return sha.GetHashAndReset();
    }
}
