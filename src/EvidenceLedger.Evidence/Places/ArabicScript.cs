using System.Text;

namespace EvidenceLedger.Evidence.Places;

/// <summary>Normalizes Arabic-script names so spellings that differ only in vowel marks, hamza seats or spacing compare equal.</summary>
internal static class ArabicScript
{
    public static bool Contains(string text) => text.Any(IsArabic);

    public static string Normalize(string text)
    {
        var normalized = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsVowelMarkOrTatweel(c) || !char.IsLetterOrDigit(c))
                continue;
            normalized.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                'ؤ' => 'و',
                'ئ' => 'ي',
                _ => c,
            });
        }
        return normalized.ToString();
    }

    private static bool IsArabic(char c) => c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF');

    private static bool IsVowelMarkOrTatweel(char c) =>
        c is (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640' or (>= '\u06D6' and <= '\u06ED');
}
