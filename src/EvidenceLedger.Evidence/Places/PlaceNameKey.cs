using System.Text;

namespace EvidenceLedger.Evidence.Places;

/// <summary>
/// A search key under which the spellings of one place name coincide: <c>al-Bukamal</c>, <c>Albu Kamal</c>, <c>AlbuKamal</c>,
/// <c>Abu Kamal</c>, <c>Al-Bokamel</c> and <c>al-Boukamal</c> all give <c>bkml</c>; <c>Deir ez-Zor</c>, <c>Dier Ezzor</c> and
/// <c>Dayr az-Zawr</c> give <c>drzr</c>. Store the keys of a place's name and aliases and search by equality.
/// </summary>
/// <remarks>
/// Latin transliterations of Arabic disagree mostly about vowels, the article and doubled letters, and rarely about
/// consonants, so the key is the consonant skeleton: folded to lower case without diacritics, separators and apostrophes
/// (ʿayn, hamza) removed, the article dropped (stand-alone <c>al</c>/<c>el</c>/<c>ez</c>…, or glued on as <c>al…</c>/<c>albu…</c>),
/// vowels removed, and runs of one consonant collapsed. Consonants are kept exactly (no q/k or sh/s merging) because
/// every such merge makes unrelated places collide. Y and w stay consonants except as the second half of a diphthong
/// (<c>Dayr</c>, <c>Zawr</c>), so <c>Mayadeen</c> keeps its y. Keys with fewer than two consonants would match far too much,
/// so short names keep their vowels. Arabic script is compared on its normalized letters instead.
/// </remarks>
public static class PlaceNameKey
{
    // The article, alone or assimilated to a following "sun letter" (ar-Raqqa, az-Zawr, ash-Shaddadi, e-Zor).
    private static readonly HashSet<string> StandaloneArticles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "il", "e",
        "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az",
        "ed", "edh", "en", "er", "es", "esh", "et", "eth", "ez",
    };

    private static readonly string[] GluedArticles = ["al", "el", "ul"];

    private const int MinimumConsonants = 2;

    public static string For(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return string.Empty;
        if (ArabicScript.Contains(name))
            return ArabicScript.Normalize(name);

        var words = Words(LatinFolding.Fold(name));
        if (words.Count > 1)
            words = words.Where(word => !StandaloneArticles.Contains(word)).DefaultIfEmpty(words[0]).ToList();

        var joined = string.Concat(words.Select(WithoutGluedArticle).Select(WithoutFinalTaMarbuta));
        var skeleton = CollapseRuns(Consonants(joined));
        return skeleton.Length >= MinimumConsonants ? skeleton : CollapseRuns(joined);
    }

    /// <summary>Whether two spellings share a key (i.e. would be found by each other).</summary>
    public static bool SameName(string? left, string? right)
    {
        var key = For(left);
        return key.Length > 0 && string.Equals(key, For(right), StringComparison.Ordinal);
    }

    private static List<string> Words(string folded)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (IsApostrophe(c))
                continue;
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }
            if (current.Length > 0)
                words.Add(current.ToString());
            current.Clear();
        }
        if (current.Length > 0)
            words.Add(current.ToString());
        return words;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`' or '´' or 'ʿ' or 'ʾ' or 'ʻ' or 'ʼ' or 'ʽ';

    private static string WithoutGluedArticle(string word)
    {
        // "Albu"/"Al Bu" (the Āl Bū of a tribal name) keeps its "bu", which on its own is too short to survive the guard below.
        if (word.Length is 4 or 5 && GluedArticles.Any(article => word.StartsWith(article + "b", StringComparison.Ordinal)) && word[3..] is "u" or "o" or "ou" or "oo")
            return word[2..];

        foreach (var article in GluedArticles)
        {
            if (word.Length > article.Length && word.StartsWith(article, StringComparison.Ordinal))
            {
                var rest = word[article.Length..];
                if (CollapseRuns(Consonants(rest)).Length >= MinimumConsonants)
                    return rest;
            }
        }
        return word;
    }

    // A final "-ah"/"-eh" (Raqqah, Hamah) writes the same Arabic ending as a bare "-a".
    private static string WithoutFinalTaMarbuta(string word) =>
        word.Length > 3 && word[^1] == 'h' && word[^2] is 'a' or 'e' ? word[..^1] : word;

    private static string Consonants(string word)
    {
        var consonants = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (IsVowel(c))
                continue;
            var isGlide = c is 'y' or 'w' && i > 0 && IsVowel(word[i - 1]) && (i + 1 == word.Length || !IsVowel(word[i + 1]));
            if (!isGlide)
                consonants.Append(c);
        }
        return consonants.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string CollapseRuns(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (collapsed.Length == 0 || collapsed[^1] != c)
                collapsed.Append(c);
        }
        return collapsed.ToString();
    }
}
