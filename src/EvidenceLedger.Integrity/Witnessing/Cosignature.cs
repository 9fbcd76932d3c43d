using System.Buffers.Binary;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Signing;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>
/// One Ed25519 cosignature/v1: the witness's key name and key ID, the POSIX time it was made, and the 64-byte signature.
/// As a note signature line: <c>— &lt;name&gt; base64(key ID ‖ 8-byte big-endian timestamp ‖ signature)</c>.
/// </summary>
public sealed record Cosignature
{
    private const int PayloadLength = 8 + Ed25519.SignatureSize;
    private readonly byte[] _signature;

    public Cosignature(string witnessName, uint keyId, ulong timestamp, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(witnessName);
        if (!NoteText.IsValidKeyName(witnessName))
        {
            throw new ArgumentException("A witness name is non-empty and has no spaces, '+' or control characters.", nameof(witnessName));
        }

        if (timestamp > long.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(timestamp), "A cosignature timestamp does not exceed 2^63 - 1.");
        }

        if (signature.Length != Ed25519.SignatureSize)
        {
            throw new ArgumentException($"An Ed25519 signature is {Ed25519.SignatureSize} bytes.", nameof(signature));
        }

        WitnessName = witnessName;
        KeyId = keyId;
        Timestamp = timestamp;
        _signature = signature.ToArray();
    }

    public string WitnessName { get; }

    public uint KeyId { get; }

    /// <summary>Seconds since the POSIX epoch at which the witness cosigned.</summary>
    public ulong Timestamp { get; }

    public byte[] Signature => _signature.ToArray();

    /// <summary>The note signature line, ending in a newline.</summary>
    public string ToLine()
    {
        var payload = new byte[PayloadLength];
        BinaryPrimitives.WriteUInt64BigEndian(payload, Timestamp);
        _signature.CopyTo(payload, 8);
        return SignedNote.FormatSignatureLine(WitnessName, KeyId, payload);
    }

    public bool Equals(Cosignature? other) =>
        other is not null
        && string.Equals(WitnessName, other.WitnessName, StringComparison.Ordinal)
        && KeyId == other.KeyId
        && Timestamp == other.Timestamp
        && _signature.AsSpan().SequenceEqual(other._signature);

    public override int GetHashCode() => HashCode.Combine(WitnessName, KeyId, Timestamp);

    /// <summary>
    /// Reads note signature lines (e.g. a witness's add-checkpoint response) as cosignatures; lines whose payload is not
    /// a timestamp and an Ed25519 signature are skipped. <see cref="FormatException"/> when a line is not a signature line.
    /// </summary>
    public static IReadOnlyList<Cosignature> ParseLines(string lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (!SignedNote.TryParse("-\n\n" + lines, out var parsed, out var error))
        {
            throw new FormatException(error);
        }

        return [.. parsed.Signatures.Select(line => TryFrom(line, out var cosignature) ? cosignature : null).OfType<Cosignature>()];
    }

    /// <summary>Reads a parsed signature line as a cosignature; false when its payload is not a timestamp and a 64-byte signature.</summary>
    internal static bool TryFrom(NoteSignature line, out Cosignature? cosignature)
    {
        cosignature = null;
        if (line.Signature.Length != PayloadLength)
        {
            return false;
        }

        var timestamp = BinaryPrimitives.ReadUInt64BigEndian(line.Signature);
        if (timestamp > long.MaxValue)
        {
            return false;
        }

        cosignature = new Cosignature(line.KeyName, line.KeyId, timestamp, line.Signature.AsSpan(8));
        return true;
    }
}
