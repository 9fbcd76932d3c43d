using System.Collections.Frozen;
using System.Text;

namespace EvidenceLedger.Evidence.Places;

/// <summary>
/// Lower-cases Latin text and strips diacritics (Ḥ→h, ū→u, ş→s) with an explicit table, because the app runs with
/// invariant globalization, where <see cref="string.Normalize()"/> cannot decompose characters.
/// </summary>
internal static class LatinFolding
{
    private static readonly FrozenDictionary<char, string> Folds = BuildFolds();

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var original in text)
        {
            var c = original == 'İ' ? 'i' : char.ToLowerInvariant(original);
            if (IsCombiningMark(c))
                continue;
            if (Folds.TryGetValue(c, out var plain))
                folded.Append(plain);
            else
                folded.Append(c);
        }
        return folded.ToString();
    }

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static FrozenDictionary<char, string> BuildFolds()
    {
        var groups = new (string Plain, string Variants)[]
        {
            ("a", "àáâãäåāăąǎǟǡǻȁȃȧạảấầẩẫậắằẳẵặḁẚ"),
            ("b", "ḃḅḇƀ"),
            ("c", "çćĉċčḉƈ"),
            ("d", "ďđḋḍḏḑḓɗð"),
            ("e", "èéêëēĕėęěȅȇȩẹẻẽếềểễệḕḗḙḛḝ"),
            ("f", "ḟƒ"),
            ("g", "ĝğġģǧǵḡ"),
            ("h", "ĥħȟḣḥḧḩḫẖ"),
            ("i", "ìíîïĩīĭįıǐȉȋỉịḭḯ"),
            ("j", "ĵǰ"),
            ("k", "ķǩḱḳḵ"),
            ("l", "ĺļľŀłḷḹḻḽ"),
            ("m", "ḿṁṃ"),
            ("n", "ñńņňŉǹṅṇṉṋ"),
            ("o", "òóôõöøōŏőơǒǫǭǿȍȏȫȭȯȱọỏốồổỗộớờởỡợṍṏṑṓ"),
            ("p", "ṕṗ"),
            ("r", "ŕŗřȑȓṙṛṝṟ"),
            ("s", "śŝşšșṡṣṥṧṩ"),
            ("t", "ţťŧțṫṭṯṱẗ"),
            ("u", "ùúûüũūŭůűųưǔǖǘǚǜȕȗụủứừửữựṳṵṷṹṻ"),
            ("v", "ṽṿ"),
            ("w", "ŵẁẃẅẇẉẘ"),
            ("x", "ẋẍ"),
            ("y", "ýÿŷȳẏỳỵỷỹẙ"),
            ("z", "źżžẑẓẕƶ"),
            ("ae", "æ"),
            ("oe", "œ"),
            ("ss", "ß"),
            ("th", "þ"),
        };
        var folds = new Dictionary<char, string>();
        foreach (var (plain, variants) in groups)
        {
            foreach (var variant in variants)
                folds[variant] = plain;
        }
        return folds.ToFrozenDictionary();
    }
}
