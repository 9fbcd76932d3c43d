using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>
/// The note text (body) of a C2SP tlog-checkpoint: <c>&lt;origin&gt;\n&lt;tree size&gt;\n&lt;base64 root hash&gt;\n</c>,
/// then optional non-empty extension lines, as the specification allows. This ledger writes none, but accepts and keeps
/// them: they are signed like the rest of the body.
/// </summary>
public static class CheckpointNote
{
    public static string Format(Checkpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var extensions = string.Concat(checkpoint.Extensions.Select(line => line + "\n"));
        return $"{checkpoint.Origin}\n{checkpoint.TreeSize.ToString(CultureInfo.InvariantCulture)}\n{Convert.ToBase64String(checkpoint.RootHash)}\n{extensions}";
    }

    /// <summary>Parses a checkpoint body, throwing <see cref="FormatException"/> that says what is wrong.</summary>
    public static Checkpoint Parse(string text) =>
        TryParse(text, out var checkpoint, out var error) ? checkpoint : throw new FormatException(error);

    public static bool TryParse(string text, [NotNullWhen(true)] out Checkpoint? checkpoint, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        checkpoint = null;
        error = Validate(text, out var origin, out var treeSize, out var rootHash, out var extensions);
        if (error is not null)
        {
            return false;
        }

        checkpoint = new Checkpoint(origin, treeSize, rootHash, extensions);
        return true;
    }

    private static string? Validate(string text, out string origin, out long treeSize, out byte[] rootHash, out string[] extensions)
    {
        origin = string.Empty;
        treeSize = 0;
        rootHash = [];
        extensions = [];
        if (!text.EndsWith('\n'))
        {
            return "A checkpoint body ends with a newline.";
        }

        var lines = text[..^1].Split('\n');
        if (lines.Length < 3)
        {
            return $"A checkpoint body has at least 3 lines (origin, tree size, root hash), got {lines.Length}.";
        }

        extensions = lines[3..];
        if (extensions.Any(line => line.Length == 0 || !NoteText.HasOnlyNoteCharacters(line, allowNewline: false)))
        {
            return "A checkpoint extension line is empty or contains control characters.";
        }

        origin = lines[0];
        if (origin.Length == 0 || !NoteText.HasOnlyNoteCharacters(origin, allowNewline: false))
        {
            return "The checkpoint origin is empty or contains control characters.";
        }

        var size = lines[1];
        if (size.Length == 0 || !size.All(char.IsAsciiDigit) || (size.Length > 1 && size[0] == '0'))
        {
            return $"The checkpoint tree size \"{size}\" is not a decimal number without leading zeros.";
        }

        if (!long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out treeSize))
        {
            return $"The checkpoint tree size {size} is too large.";
        }

        if (!StrictBase64.TryDecode(lines[2], out rootHash))
        {
            return "The checkpoint root hash is not canonical standard base64.";
        }

        if (rootHash.Length != MerkleHash.Size)
        {
            return $"The checkpoint root hash is {rootHash.Length} bytes, not {MerkleHash.Size}.";
        }

        return null;
    }
}
