using EvidenceLedger.Integrity.Checkpoints;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>A signed note with cosignature lines appended after its own signatures, the signed-note way.</summary>
public static class CosignedNote
{
    /// <summary>
    /// <paramref name="signedNote"/> followed by <paramref name="cosignatureLines"/> (each a full signature line ending in a
    /// newline); lines already on the note are not repeated.
    /// </summary>
    public static string Append(string signedNote, IEnumerable<string> cosignatureLines)
    {
        ArgumentNullException.ThrowIfNull(signedNote);
        ArgumentNullException.ThrowIfNull(cosignatureLines);
        if (!SignedNote.TryParse(signedNote, out _, out var error))
        {
            throw new FormatException(error);
        }

        var present = signedNote[(signedNote.LastIndexOf("\n\n", StringComparison.Ordinal) + 2)..].Split('\n').ToHashSet(StringComparer.Ordinal);
        var appended = signedNote;
        foreach (var line in cosignatureLines)
        {
            if (!line.StartsWith(SignedNote.SignaturePrefix, StringComparison.Ordinal) || !line.EndsWith('\n') || line.IndexOf('\n', StringComparison.Ordinal) != line.Length - 1)
            {
                throw new FormatException("A cosignature line starts with an em dash and a space and ends with its only newline.");
            }

            if (present.Add(line[..^1]))
            {
                appended += line;
            }
        }

        return appended;
    }
}
