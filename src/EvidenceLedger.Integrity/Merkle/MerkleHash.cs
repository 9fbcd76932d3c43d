using System.Security.Cryptography;

namespace EvidenceLedger.Integrity.Merkle;

/// <summary>
/// The RFC 9162 §2.1.1 (RFC 6962 §2.1) hash functions of a Merkle tree built with SHA-256.
/// The 0x00 / 0x01 prefixes give leaves and interior nodes separate domains, so a leaf can never
/// be passed off as an interior node (second-preimage protection).
/// </summary>
public static class MerkleHash
{
    /// <summary>Length in bytes of every hash in the tree.</summary>
    public const int Size = 32;

    private const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;

    // Leaves are chain hashes (32 bytes); anything much larger goes to the heap rather than risk the stack.
    private const int MaxStackLeaf = 256;

    /// <summary>MTH of the empty tree: SHA-256 of the empty string.</summary>
    public static byte[] EmptyRoot() => SHA256.HashData(ReadOnlySpan<byte>.Empty);

    /// <summary>SHA-256(0x00 ‖ <paramref name="leafBytes"/>).</summary>
    public static byte[] Leaf(ReadOnlySpan<byte> leafBytes)
    {
        var length = 1 + leafBytes.Length;
        Span<byte> buffer = length <= MaxStackLeaf ? stackalloc byte[length] : new byte[length];
        buffer[0] = LeafPrefix;
        leafBytes.CopyTo(buffer[1..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>SHA-256(0x01 ‖ <paramref name="left"/> ‖ <paramref name="right"/>); both children must be 32-byte hashes.</summary>
    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        RequireHash(left, nameof(left));
        RequireHash(right, nameof(right));
        Span<byte> buffer = stackalloc byte[1 + (2 * Size)];
        buffer[0] = NodePrefix;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Size)..]);
        return SHA256.HashData(buffer);
    }

    internal static void RequireHash(ReadOnlySpan<byte> hash, string paramName)
    {
        if (hash.Length != Size)
        {
            throw new ArgumentException($"A Merkle hash is {Size} bytes, got {hash.Length}.", paramName);
        }
    }
}
