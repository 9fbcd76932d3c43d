using System.Security.Cryptography;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Signing;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>A witness's Ed25519 key under its name: makes cosignature/v1 cosignatures of checkpoint bodies.</summary>
public sealed class WitnessSigner
{
    private readonly byte[] _seed;

    public WitnessSigner(string name, ReadOnlySpan<byte> seed)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!NoteText.IsValidKeyName(name))
        {
            throw new ArgumentException("A witness name is non-empty and has no spaces, '+' or control characters.", nameof(name));
        }

        _seed = seed.ToArray();
        VerifierKey = WitnessVerifierKey.Of(name, Ed25519.PublicKeyFromSeed(_seed));
    }

    public string Name => VerifierKey.Name;

    public WitnessVerifierKey VerifierKey { get; }

    public static WitnessSigner Generate(string name)
    {
        var seed = RandomNumberGenerator.GetBytes(Ed25519.SeedSize);
        try
        {
            return new WitnessSigner(name, seed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>Reads a signer key <c>PRIVATE+KEY+&lt;name&gt;+&lt;hex8 id&gt;+&lt;base64(0x04 ‖ seed)&gt;</c>, checking its key ID.</summary>
    public static WitnessSigner FromSignerKey(string signerKey)
    {
        ArgumentNullException.ThrowIfNull(signerKey);
        if (!signerKey.StartsWith(WitnessKeyEncoding.SignerPrefix, StringComparison.Ordinal))
        {
            throw new FormatException($"A witness signer key starts with \"{WitnessKeyEncoding.SignerPrefix}\".");
        }

        var (name, keyId, seed) = WitnessKeyEncoding.Parse(signerKey[WitnessKeyEncoding.SignerPrefix.Length..], "signer key");
        try
        {
            var signer = new WitnessSigner(name, seed);
            return signer.VerifierKey.KeyId == keyId
                ? signer
                : throw new FormatException($"The witness signer key ID {keyId:x8} does not match the key name and derived public key.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>The signer key string, which holds the private key: store it as a secret.</summary>
    public string ExportSignerKey() => WitnessKeyEncoding.SignerPrefix + WitnessKeyEncoding.Format(Name, VerifierKey.KeyId, _seed);

    /// <summary>Cosigns a checkpoint body (the note text without signatures) as of <paramref name="timestamp"/> POSIX seconds.</summary>
    public Cosignature Cosign(string checkpointText, ulong timestamp) =>
        new(Name, VerifierKey.KeyId, timestamp, Ed25519.Sign(_seed, CosignedMessage.Of(checkpointText, timestamp)));
}
