using System.Text;

namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>The character rules of C2SP signed-note: valid UTF-8, no ASCII control characters except newline, key-name syntax.</summary>
internal static class NoteText
{
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// True when <paramref name="text"/> encodes to UTF-8 (no lone surrogates) and has no control character below
    /// U+0020 other than, if allowed, newline.
    /// </summary>
    public static bool HasOnlyNoteCharacters(string text, bool allowNewline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (c < 0x20 && !(allowNewline && c == '\n')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A key name is non-empty and has no Unicode spaces and no '+' (C2SP signed-note, Go's isValidName).</summary>
    public static bool IsValidKeyName(string name) =>
        name.Length > 0
        && HasOnlyNoteCharacters(name, allowNewline: false)
        && !name.Contains('+', StringComparison.Ordinal)
        && !name.EnumerateRunes().Any(Rune.IsWhiteSpace);
}
