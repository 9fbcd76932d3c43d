using System.Globalization;
using System.Text;

namespace EvidenceLedger.Evidence.Texts;

/// <summary>
/// Characters that show nothing: white space, controls, format characters (zero-width space U+200B, word joiner U+2060,
/// byte-order mark U+FEFF, bidi controls) and the other default-ignorable code points (fillers, variation selectors),
/// plus the blank braille pattern. A text of nothing else reads as empty, however many of them it holds.
/// </summary>
internal static class InvisibleText
{
    public static bool IsInvisible(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || IsDefaultIgnorable(rune.Value)
        || rune.Value == 0x2800;

    /// <summary>Unicode's Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt).</summary>
    private static bool IsDefaultIgnorable(int c) =>
        c is 0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFEFF or 0xFFA0
        || c is >= 0x180B and <= 0x180F
        || c is >= 0x200B and <= 0x200F
        || c is >= 0x202A and <= 0x202E
        || c is >= 0x2060 and <= 0x206F
        || c is >= 0xFE00 and <= 0xFE0F
        || c is >= 0xFFF0 and <= 0xFFF8
        || c is >= 0x1BCA0 and <= 0x1BCA3
        || c is >= 0x1D173 and <= 0x1D17A
        || c is >= 0xE0000 and <= 0xE0FFF;
}
