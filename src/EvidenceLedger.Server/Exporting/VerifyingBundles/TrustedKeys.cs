using System.Security.Cryptography;
using EvidenceLedger.Integrity.Checkpoints;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// The verifier keys the person checking a bundle trusts, as they obtained them from the ledger's organisation (<c>--key</c>,
/// <c>--trust</c>). A bundle signed by any other key is never confirmed, however consistent it is.
/// </summary>
public sealed class TrustedKeys
{
    private readonly Dictionary<string, NoteVerifier> _keys;

    private TrustedKeys(Dictionary<string, NoteVerifier> keys) => _keys = keys;

    public static TrustedKeys None { get; } = new(new Dictionary<string, NoteVerifier>(StringComparer.Ordinal));

    public bool IsEmpty => _keys.Count == 0;

    public IReadOnlyCollection<NoteVerifier> Keys => _keys.Values;

    /// <exception cref="FormatException">A key is not a verifier key <c>name+keyid+base64 key</c>; the message names it.</exception>
    public static TrustedKeys Of(params IEnumerable<string> verifierKeys)
    {
        ArgumentNullException.ThrowIfNull(verifierKeys);
        var keys = new Dictionary<string, NoteVerifier>(StringComparer.Ordinal);
        foreach (var text in verifierKeys)
        {
            NoteVerifier key;
            try
            {
                key = new NoteVerifier(text.Trim());
            }
            catch (FormatException e)
            {
                throw new FormatException($"'{text.Trim()}' is not a verifier key (name+keyid+base64 key): {e.Message}", e);
            }
            keys.TryAdd(key.VerifierKey, key);
        }
        return new TrustedKeys(keys);
    }

    public bool Contains(NoteVerifier key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _keys.ContainsKey(key.VerifierKey);
    }

    /// <summary><c>name+keyid</c>, as signed notes name their key.</summary>
    public static string Name(NoteVerifier key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"{key.KeyName}+{key.KeyId:x8}";
    }

    /// <summary>Lower-case hex SHA-256 of the raw 32-byte public key: what a clerk compares with the key the organisation publishes.</summary>
    public static string Fingerprint(NoteVerifier key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(key.PublicKey));
    }
}
