using System.Globalization;

namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>
/// The key strings of Go's golang.org/x/mod/sumdb/note: verifier keys <c>&lt;name&gt;+&lt;hex8 key id&gt;+&lt;base64(0x01 ‖ public key)&gt;</c>
/// and signer keys <c>PRIVATE+KEY+&lt;name&gt;+&lt;hex8 key id&gt;+&lt;base64(0x01 ‖ seed)&gt;</c>.
/// </summary>
internal static class NoteKeyEncoding
{
    private const string SignerPrefix = "PRIVATE+KEY+";
    private const int KeyLength = 32;

    public static string FormatVerifierKey(string name, uint keyId, ReadOnlySpan<byte> publicKey) => Format(name, keyId, publicKey);

    public static string FormatSignerKey(string name, uint keyId, ReadOnlySpan<byte> seed) => SignerPrefix + Format(name, keyId, seed);

    /// <summary>Returns name, key ID and public key; the key ID is checked against the name and key.</summary>
    public static (string Name, uint KeyId, byte[] PublicKey) ParseVerifierKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (name, keyId, key) = Parse(text, "verifier key");
        if (keyId != NoteKeyId.ForEd25519(name, key))
        {
            throw new FormatException($"The verifier key ID {keyId:x8} does not match the key name and public key.");
        }

        return (name, keyId, key);
    }

    /// <summary>Returns name, claimed key ID and seed; the caller checks the key ID once the public key is derived.</summary>
    public static (string Name, uint KeyId, byte[] Seed) ParseSignerKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith(SignerPrefix, StringComparison.Ordinal))
        {
            throw new FormatException($"A signer key starts with \"{SignerPrefix}\".");
        }

        return Parse(text[SignerPrefix.Length..], "signer key");
    }

    private static string Format(string name, uint keyId, ReadOnlySpan<byte> key)
    {
        var typed = new byte[1 + key.Length];
        typed[0] = NoteKeyId.Ed25519Type;
        key.CopyTo(typed.AsSpan(1));
        return $"{name}+{keyId.ToString("x8", CultureInfo.InvariantCulture)}+{Convert.ToBase64String(typed)}";
    }

    private static (string Name, uint KeyId, byte[] Key) Parse(string text, string what)
    {
        var parts = text.Split('+', 3);
        if (parts.Length != 3)
        {
            throw new FormatException($"A {what} has the form <name>+<hex key id>+<base64 key>.");
        }

        var (name, hex, base64) = (parts[0], parts[1], parts[2]);
        if (!NoteText.IsValidKeyName(name))
        {
            throw new FormatException($"The {what} name is empty or contains a space, '+' or a control character.");
        }

        if (hex.Length != 8 || !hex.All(char.IsAsciiHexDigitLower))
        {
            throw new FormatException($"The {what} ID must be 8 lowercase hexadecimal digits.");
        }

        if (!StrictBase64.TryDecode(base64, out var typed))
        {
            throw new FormatException($"The {what} is not canonical standard base64.");
        }

        if (typed.Length == 0 || typed[0] != NoteKeyId.Ed25519Type)
        {
            throw new FormatException($"The {what} does not use Ed25519 (signature type 0x01).");
        }

        if (typed.Length != 1 + KeyLength)
        {
            throw new FormatException($"An Ed25519 {what} is {KeyLength} bytes, got {typed.Length - 1}.");
        }

        return (name, uint.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture), typed[1..]);
    }
}
