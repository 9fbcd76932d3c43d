using System.Globalization;
using EvidenceLedger.Integrity.Checkpoints;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>
/// Key strings of cosignature/v1 witnesses, in the C2SP signed-note vkey layout with signature type 0x04: verifier keys
/// <c>&lt;name&gt;+&lt;hex8 key id&gt;+&lt;base64(0x04 ‖ public key)&gt;</c>, and this project's signer keys
/// <c>PRIVATE+KEY+&lt;name&gt;+&lt;hex8 key id&gt;+&lt;base64(0x04 ‖ seed)&gt;</c>.
/// </summary>
internal static class WitnessKeyEncoding
{
    public const string SignerPrefix = "PRIVATE+KEY+";
    private const int KeyLength = 32;

    public static string Format(string name, uint keyId, ReadOnlySpan<byte> key)
    {
        var typed = new byte[1 + key.Length];
        typed[0] = CosignatureKeyId.CosignatureV1Type;
        key.CopyTo(typed.AsSpan(1));
        return $"{name}+{keyId.ToString("x8", CultureInfo.InvariantCulture)}+{Convert.ToBase64String(typed)}";
    }

    public static (string Name, uint KeyId, byte[] Key) Parse(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('+', 3);
        if (parts.Length != 3)
        {
            throw new FormatException($"A witness {what} has the form <name>+<hex key id>+<base64 key>.");
        }

        var (name, hex, base64) = (parts[0], parts[1], parts[2]);
        if (!NoteText.IsValidKeyName(name))
        {
            throw new FormatException($"The witness {what} name is empty or contains a space, '+' or a control character.");
        }

        if (hex.Length != 8 || !hex.All(char.IsAsciiHexDigitLower))
        {
            throw new FormatException($"The witness {what} ID must be 8 lowercase hexadecimal digits.");
        }

        if (!StrictBase64.TryDecode(base64, out var typed))
        {
            throw new FormatException($"The witness {what} is not canonical standard base64.");
        }

        if (typed.Length == 0 || typed[0] != CosignatureKeyId.CosignatureV1Type)
        {
            throw new FormatException($"The witness {what} is not an Ed25519 cosignature/v1 key (signature type 0x04).");
        }

        if (typed.Length != 1 + KeyLength)
        {
            throw new FormatException($"An Ed25519 witness {what} is {KeyLength} bytes, got {typed.Length - 1}.");
        }

        return (name, uint.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture), typed[1..]);
    }
}
