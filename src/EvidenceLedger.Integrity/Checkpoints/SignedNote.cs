using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>
/// The syntax of a C2SP signed note (as parsed by Go's note.Open): text ending in a newline, a blank line, then one or
/// more lines <c>— &lt;key name&gt; &lt;base64(key ID ‖ signature)&gt;</c>. The text is split from the signatures at the
/// last blank line. Signatures are parsed here, not verified.
/// </summary>
internal sealed record SignedNote(string Text, IReadOnlyList<NoteSignature> Signatures)
{
    public const string SignaturePrefix = "\u2014 ";

    // Go's note.Open bound; C2SP requires accepting at least 16.
    private const int MaxSignatures = 100;

    public static bool TryParse(string note, [NotNullWhen(true)] out SignedNote? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        if (!NoteText.HasOnlyNoteCharacters(note, allowNewline: true))
        {
            error = "The note contains a control character or is not valid Unicode.";
            return false;
        }

        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            error = "The note has no blank line before its signatures.";
            return false;
        }

        var block = note[(split + 2)..];
        if (block.Length == 0 || !block.EndsWith('\n'))
        {
            error = "The signature block is empty or does not end with a newline.";
            return false;
        }

        var lines = block[..^1].Split('\n');
        if (lines.Length > MaxSignatures)
        {
            error = $"The note has {lines.Length} signatures, more than the {MaxSignatures} accepted.";
            return false;
        }

        var signatures = new List<NoteSignature>(lines.Length);
        foreach (var line in lines)
        {
            if (!TryParseLine(line, out var signature, out error))
            {
                return false;
            }

            signatures.Add(signature);
        }

        parsed = new SignedNote(note[..(split + 1)], signatures);
        error = null;
        return true;
    }

    public static string FormatSignatureLine(string keyName, uint keyId, ReadOnlySpan<byte> signature)
    {
        var payload = new byte[4 + signature.Length];
        BinaryPrimitives.WriteUInt32BigEndian(payload, keyId);
        signature.CopyTo(payload.AsSpan(4));
        return $"{SignaturePrefix}{keyName} {Convert.ToBase64String(payload)}\n";
    }

    private static bool TryParseLine(string line, [NotNullWhen(true)] out NoteSignature? signature, [NotNullWhen(false)] out string? error)
    {
        signature = null;
        if (!line.StartsWith(SignaturePrefix, StringComparison.Ordinal))
        {
            error = "A signature line does not start with an em dash and a space.";
            return false;
        }

        var rest = line[SignaturePrefix.Length..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? rest : rest[..space];
        var base64 = space < 0 ? string.Empty : rest[(space + 1)..];
        if (!NoteText.IsValidKeyName(name))
        {
            error = "A signature line has an invalid key name.";
            return false;
        }

        if (!StrictBase64.TryDecode(base64, out var payload) || payload.Length < 5)
        {
            error = $"The signature of key {name} is not canonical base64 of a key ID and a signature.";
            return false;
        }

        signature = new NoteSignature(name, BinaryPrimitives.ReadUInt32BigEndian(payload), payload[4..]);
        error = null;
        return true;
    }
}
