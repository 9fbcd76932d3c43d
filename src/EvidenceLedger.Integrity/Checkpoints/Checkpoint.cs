using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>
/// A Merkle tree head as committed to by a C2SP tlog-checkpoint: the log's origin, its size in leaves, and the
/// RFC 6962 root hash at that size. Equality compares the root hash by value.
/// </summary>
public sealed record Checkpoint
{
    private readonly byte[] _rootHash;

    public Checkpoint(string origin, long treeSize, ReadOnlySpan<byte> rootHash)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (origin.Length == 0 || !NoteText.HasOnlyNoteCharacters(origin, allowNewline: false))
        {
            throw new ArgumentException("The origin must be a non-empty single line without control characters.", nameof(origin));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        MerkleHash.RequireHash(rootHash, nameof(rootHash));
        Origin = origin;
        TreeSize = treeSize;
        _rootHash = rootHash.ToArray();
    }

    public string Origin { get; }

    public long TreeSize { get; }

    /// <summary>A copy of the 32-byte root hash.</summary>
    public byte[] RootHash => _rootHash.ToArray();

    public bool Equals(Checkpoint? other) =>
        other is not null
        && string.Equals(Origin, other.Origin, StringComparison.Ordinal)
        && TreeSize == other.TreeSize
        && _rootHash.AsSpan().SequenceEqual(other._rootHash);

    public override int GetHashCode() => HashCode.Combine(Origin, TreeSize, BitConverter.ToInt32(_rootHash));

    public override string ToString() => $"Checkpoint {{ Origin = {Origin}, TreeSize = {TreeSize}, RootHash = {Convert.ToBase64String(_rootHash)} }}";
}
