using System.Globalization;
using System.Text;
using EvidenceLedger.Evidence.Deciding;

namespace EvidenceLedger.Evidence.Texts;

/// <summary>
/// The rules every free-text field follows before anything is decided on it: it is compared and stored NFC-normalised
/// and trimmed; it holds no NUL and no unpaired surrogate (PostgreSQL cannot store the one, no Unicode text holds the
/// other); text of nothing but white space, controls or invisible characters counts as empty; and it is at most as long
/// as its <see cref="TextLimits"/> entry allows.
/// </summary>
public static class FreeText
{
    /// <summary>The text as it is kept: NFC-normalised and trimmed. Text that is not Unicode is only trimmed, for <see cref="Problem"/> to refuse.</summary>
    public static string Clean(string? text) => Canonical(text).Trim();

    /// <summary>The text NFC-normalised but otherwise as given (a quotation keeps its spaces); text that is not Unicode is left as it is.</summary>
    public static string Canonical(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        return Unstorable(text) is null ? text.Normalize(NormalizationForm.FormC) : text;
    }

    /// <summary><see cref="Clean"/>, or null for text that counts as empty.</summary>
    public static string? CleanOrNull(string? text) => IsBlank(text) ? null : Clean(text);

    /// <summary>Whether the text holds nothing visible: absent, empty, or only white space, controls and invisible characters.</summary>
    public static bool IsBlank(string? text)
    {
        if (string.IsNullOrEmpty(text)) return true;
        for (var i = 0; i < text.Length;)
        {
            // An unpaired surrogate is not invisible: it is refused as such, not as an empty field.
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done) return false;
            if (!InvisibleText.IsInvisible(rune)) return false;
            i += used;
        }
        return true;
    }

    /// <summary>A required field: refused when it counts as empty, cannot be stored, or is longer than <paramref name="max"/>.</summary>
    /// <param name="what">The field as a sentence starts with it, e.g. "A title".</param>
    public static Rejection? Required(string? text, string field, string what, int max) =>
        IsBlank(text) ? Rejection.Invalid(field, $"{what} is required.") : Problem(text!, field, what, max);

    /// <summary>An optional field: empty (or blank) is fine; otherwise the same rules as <see cref="Required"/>.</summary>
    public static Rejection? Optional(string? text, string field, string what, int max) =>
        IsBlank(text) ? null : Problem(text!, field, what, max);

    private static Rejection? Problem(string text, string field, string what, int max)
    {
        if (Unstorable(text) is { } unstorable) return Rejection.Invalid(field, $"{what} {unstorable}.");
        var length = Length(Clean(text));
        return length > max ? Rejection.Invalid(field, $"{what} is at most {Count(max)} characters; this one has {Count(length)}.") : null;
    }

    /// <summary>The number of Unicode code points: what a person counts as characters, emoji and other scripts' letters alike.</summary>
    private static int Length(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes()) count++;
        return count;
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string? Unstorable(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal)) return "contains a NUL character (\\u0000), which no text in the ledger may hold";
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return $"contains an unpaired surrogate (\\u{(int)text[i]:x4}), which is not Unicode text";
        }
        return null;
    }
}
