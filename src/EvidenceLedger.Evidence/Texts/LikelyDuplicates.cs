using System.Text;
using EvidenceLedger.Evidence.Places;
using Quickenshtein;

namespace EvidenceLedger.Evidence.Texts;

/// <summary>
/// Whether a new source name or incident title is likely the same as one already recorded: "Sound &amp; Picture" and
/// "Sound and Picture", "al-Bukamal" and "Al Bukamal", "SyriaDirect" and "Syria Direct", "Ḥajīn" and "Hajin". The one
/// rule for both, so the API and the pages warn alike.
/// </summary>
/// <remarks>
/// Both are folded (<see cref="Key"/>): lower case, diacritics stripped, "&amp;" and "+" read as "and", apostrophes
/// dropped, every other mark and space removed; Arabic script is compared on its normalized letters. Equal keys match,
/// and so do keys a few typing slips apart (one edit in eight characters of the shorter), but never short keys (under
/// <see cref="ShortestFuzzy"/>), where one edit turns one name into another.
/// </remarks>
public static class LikelyDuplicates
{
    public const int ShortestFuzzy = 8;
    private const int CharactersPerEdit = 8;

    /// <summary>The folded form two names are compared on; empty when the text holds no letter or digit.</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;
        var folded = LatinFolding.Fold(FreeText.Clean(text));
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is '&' or '+')
                key.Append("and");
            else if (char.IsLetterOrDigit(c))
                key.Append(c);
        }
        var letters = key.ToString();
        return ArabicScript.Contains(letters) ? ArabicScript.Normalize(letters) : letters;
    }

    /// <summary>Whether <paramref name="candidate"/> is likely the same name as <paramref name="known"/>.</summary>
    public static bool Similar(string? candidate, string? known) => SimilarKeys(Key(candidate), Key(known));

    /// <summary>Whether <paramref name="candidate"/> is likely any of <paramref name="names"/> (a source's name and its aliases).</summary>
    public static bool SimilarToAny(string? candidate, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var key = Key(candidate);
        return names.Any(name => SimilarKeys(key, Key(name)));
    }

    private static bool SimilarKeys(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
            return false;
        if (string.Equals(left, right, StringComparison.Ordinal))
            return true;
        var shorter = Math.Min(left.Length, right.Length);
        if (shorter < ShortestFuzzy || Math.Abs(left.Length - right.Length) > shorter / CharactersPerEdit)
            return false;
        return Levenshtein.GetDistance(left, right) <= shorter / CharactersPerEdit;
    }
}
