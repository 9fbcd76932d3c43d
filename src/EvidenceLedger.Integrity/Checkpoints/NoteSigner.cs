using System.Security.Cryptography;
using EvidenceLedger.Integrity.Signing;

namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>Signs note texts, and checkpoints in particular, with an Ed25519 key under a key name (C2SP signed-note).</summary>
public sealed class NoteSigner
{
    private readonly byte[] _seed;
    private readonly byte[] _publicKey;

    /// <param name="keyName">The key name; for a checkpoint it should be the log's origin.</param>
    /// <param name="seed">The 32-byte Ed25519 private key.</param>
    public NoteSigner(string keyName, ReadOnlySpan<byte> seed)
    {
        ArgumentNullException.ThrowIfNull(keyName);
        if (!NoteText.IsValidKeyName(keyName))
        {
            throw new ArgumentException("A key name is non-empty and has no spaces, '+' or control characters.", nameof(keyName));
        }

        KeyName = keyName;
        _seed = seed.ToArray();
        _publicKey = Ed25519.PublicKeyFromSeed(_seed);
        KeyId = NoteKeyId.ForEd25519(keyName, _publicKey);
    }

    public string KeyName { get; }

    public uint KeyId { get; }

    public byte[] PublicKey => _publicKey.ToArray();

    /// <summary>The verifier key string to hand to verifiers: <c>&lt;name&gt;+&lt;hex8 id&gt;+&lt;base64(0x01 ‖ public key)&gt;</c>.</summary>
    public string VerifierKey => NoteKeyEncoding.FormatVerifierKey(KeyName, KeyId, _publicKey);

    /// <summary>A signer with a fresh random key.</summary>
    public static NoteSigner Generate(string keyName)
    {
        var seed = RandomNumberGenerator.GetBytes(Ed25519.SeedSize);
        try
        {
            return new NoteSigner(keyName, seed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>Reads a signer key string <c>PRIVATE+KEY+&lt;name&gt;+&lt;hex8 id&gt;+&lt;base64(0x01 ‖ seed)&gt;</c> as written by Go's note.GenerateKey.</summary>
    public static NoteSigner FromSignerKey(string signerKey)
    {
        var (name, keyId, seed) = NoteKeyEncoding.ParseSignerKey(signerKey);
        try
        {
            var signer = new NoteSigner(name, seed);
            return signer.KeyId == keyId
                ? signer
                : throw new FormatException($"The signer key ID {keyId:x8} does not match the key name and derived public key.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>The signer key string, which holds the private key: store it as a secret.</summary>
    public string ExportSignerKey() => NoteKeyEncoding.FormatSignerKey(KeyName, KeyId, _seed);

    /// <summary>
    /// Returns the signed note: <paramref name="text"/>, a blank line, and this key's signature line. The text must
    /// end with a newline and contain no control characters other than newlines.
    /// </summary>
    public string Sign(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.EndsWith('\n') || !NoteText.HasOnlyNoteCharacters(text, allowNewline: true))
        {
            throw new ArgumentException("A note text ends with a newline and has no control characters other than newlines.", nameof(text));
        }

        var signature = Ed25519.Sign(_seed, NoteText.StrictUtf8.GetBytes(text));
        return text + "\n" + SignedNote.FormatSignatureLine(KeyName, KeyId, signature);
    }

    public string SignCheckpoint(Checkpoint checkpoint) => Sign(CheckpointNote.Format(checkpoint));
}
