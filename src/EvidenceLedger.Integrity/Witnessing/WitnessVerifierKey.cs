using EvidenceLedger.Integrity.Signing;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>
/// A witness's public key as configured by those who trust it: <c>&lt;name&gt;+&lt;hex8 key id&gt;+&lt;base64(0x04 ‖ Ed25519 public key)&gt;</c>
/// (a C2SP vkey of the tlog-cosignature/v1 type). Checks cosignatures by that witness.
/// </summary>
public sealed record WitnessVerifierKey
{
    private readonly byte[] _publicKey;

    private WitnessVerifierKey(string name, uint keyId, byte[] publicKey)
    {
        Name = name;
        KeyId = keyId;
        _publicKey = publicKey;
    }

    public string Name { get; }

    public uint KeyId { get; }

    public byte[] PublicKey => _publicKey.ToArray();

    /// <summary>Parses a verifier key string, checking its key ID and that it is an Ed25519 point; <see cref="FormatException"/> says what is wrong.</summary>
    public static WitnessVerifierKey Parse(string verifierKey)
    {
        var (name, keyId, publicKey) = WitnessKeyEncoding.Parse(verifierKey, "verifier key");
        if (keyId != CosignatureKeyId.For(name, publicKey))
        {
            throw new FormatException($"The witness key ID {keyId:x8} does not match the key name and public key.");
        }

        return Ed25519.IsValidPublicKey(publicKey)
            ? new WitnessVerifierKey(name, keyId, publicKey)
            : throw new FormatException("The witness verifier key is not a valid Ed25519 public key.");
    }

    internal static WitnessVerifierKey Of(string name, byte[] publicKey) => new(name, CosignatureKeyId.For(name, publicKey), publicKey);

    /// <summary>True when the cosignature is this witness's (name and key ID) and its signature over <paramref name="checkpointText"/> holds.</summary>
    public bool Verifies(string checkpointText, Cosignature cosignature)
    {
        ArgumentNullException.ThrowIfNull(cosignature);
        return IsKeyOf(cosignature) && Ed25519.Verify(_publicKey, CosignedMessage.Of(checkpointText, cosignature.Timestamp), cosignature.Signature);
    }

    /// <summary>True when a signature line names this key: the same key name and key ID.</summary>
    public bool IsKeyOf(Cosignature cosignature) => IsKeyOf(cosignature?.WitnessName ?? "", cosignature?.KeyId ?? 0);

    internal bool IsKeyOf(string keyName, uint keyId) => keyId == KeyId && string.Equals(keyName, Name, StringComparison.Ordinal);

    public bool Equals(WitnessVerifierKey? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && KeyId == other.KeyId && _publicKey.AsSpan().SequenceEqual(other._publicKey);

    public override int GetHashCode() => HashCode.Combine(Name, KeyId);

    public override string ToString() => WitnessKeyEncoding.Format(Name, KeyId, _publicKey);
}
