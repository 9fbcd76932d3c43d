using System.Globalization;
using System.Text;

namespace EvidenceLedger.Server.Users;

/// <summary>
/// What a user's name may be, and when two names are too alike. Events record who acted by name, so a name must read as
/// what it is: letters, marks and digits of any script, with spaces, '.', '-', '_' and apostrophes between them; nothing
/// invisible, no direction overrides, no look-alike punctuation. Two names whose letters and digits fold to the same
/// text (case, width and compatibility forms folded, everything else dropped) are one name.
/// </summary>
public static class UserNames
{
    public const int MaxLength = 100;

    /// <summary>The name as stored (NFC, trimmed), or the reason it cannot be one.</summary>
    public static (string? Name, string? Error) Normalize(string? name)
    {
        var trimmed = name?.Normalize(NormalizationForm.FormC).Trim();
        if (string.IsNullOrEmpty(trimmed)) return (null, "A user needs a name.");
        if (trimmed.Length > MaxLength) return (null, $"A name has at most {MaxLength} characters.");
        foreach (var rune in trimmed.EnumerateRunes())
        {
            if (!IsAllowed(rune))
                return (null, $"A name may hold letters, digits, spaces and . - _ ' only; U+{rune.Value:X4} is not allowed.");
        }
        if (trimmed.Contains("  ", StringComparison.Ordinal)) return (null, "A name may not hold two spaces in a row.");
        if (LookAlikeKey(trimmed).Length == 0) return (null, "A name needs at least one letter or digit.");
        return (trimmed, null);
    }

    /// <summary>What the name reads as: its letters and digits, compatibility-folded and lower-cased.</summary>
    public static string LookAlikeKey(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKD);
        var key = new StringBuilder(folded.Length);
        foreach (var rune in folded.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (Rune.IsLetterOrDigit(rune)) key.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return key.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsAllowed(Rune rune) =>
        rune.Value is ' ' or '.' or '-' or '_' or '\''
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber;
}
