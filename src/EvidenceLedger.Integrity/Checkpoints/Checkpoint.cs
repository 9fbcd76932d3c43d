using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>
/// A Merkle tree head as committed to by a C2SP tlog-checkpoint: the log's origin, its size in leaves, the RFC 6962
/// root hash at that size, and any extension lines after it (this ledger writes none; other logs' checkpoints may
/// carry some, and a signature covers them like the rest). Equality compares the root hash and extensions by value.
/// </summary>
public sealed record Checkpoint
{
    private readonly byte[] _rootHash;

    public Checkpoint(string origin, long treeSize, ReadOnlySpan<byte> rootHash, IReadOnlyList<string>? extensions = null)
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
        Extensions = extensions is null ? [] : [.. extensions];
        if (Extensions.Any(line => line.Length == 0 || !NoteText.HasOnlyNoteCharacters(line, allowNewline: false)))
            throw new ArgumentException("Each extension line must be a non-empty single line without control characters.", nameof(extensions));
    }

    public string Origin { get; }

    public long TreeSize { get; }

    /// <summary>The lines after the root hash, in order; empty for this ledger's own checkpoints.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>A copy of the 32-byte root hash.</summary>
    public byte[] RootHash => _rootHash.ToArray();

    public bool Equals(Checkpoint? other) =>
        other is not null
        && string.Equals(Origin, other.Origin, StringComparison.Ordinal)
        && TreeSize == other.TreeSize
        && _rootHash.AsSpan().SequenceEqual(other._rootHash)
        && Extensions.SequenceEqual(other.Extensions, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Origin, TreeSize, BitConverter.ToInt32(_rootHash));

    public override string ToString() => $"Checkpoint {{ Origin = {Origin}, TreeSize = {TreeSize}, RootHash = {Convert.ToBase64String(_rootHash)} }}";
}
