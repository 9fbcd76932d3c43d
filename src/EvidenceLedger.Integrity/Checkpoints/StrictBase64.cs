namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>
/// Standard base64 (RFC 4648 §4) that accepts only the canonical encoding: .NET's decoder tolerates whitespace
/// and non-zero padding bits, which would let two different texts carry the same signature or key.
/// </summary>
public static class StrictBase64
{
    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        var buffer = new byte[(text.Length / 4 * 3) + 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            return false;
        }

        var decoded = buffer[..written];
        if (!string.Equals(Convert.ToBase64String(decoded), text, StringComparison.Ordinal))
        {
            return false;
        }

        bytes = decoded;
        return true;
    }
}
