using System.Collections.Frozen;
using System.Globalization;

namespace EvidenceLedger.Evidence.Counts;

/// <summary>Reads a count written in digits ("1,200") or English words ("twenty-one", "a hundred and five").</summary>
internal static class NumberWords
{
    private enum Part { None, Unit, Teen, Tens, Hundred, Thousand }

    private static readonly FrozenDictionary<string, (int Value, Part Part)> Words = new Dictionary<string, (int, Part)>
    {
        ["zero"] = (0, Part.Unit), ["one"] = (1, Part.Unit), ["two"] = (2, Part.Unit), ["three"] = (3, Part.Unit),
        ["four"] = (4, Part.Unit), ["five"] = (5, Part.Unit), ["six"] = (6, Part.Unit), ["seven"] = (7, Part.Unit),
        ["eight"] = (8, Part.Unit), ["nine"] = (9, Part.Unit),
        ["ten"] = (10, Part.Teen), ["eleven"] = (11, Part.Teen), ["twelve"] = (12, Part.Teen), ["thirteen"] = (13, Part.Teen),
        ["fourteen"] = (14, Part.Teen), ["fifteen"] = (15, Part.Teen), ["sixteen"] = (16, Part.Teen),
        ["seventeen"] = (17, Part.Teen), ["eighteen"] = (18, Part.Teen), ["nineteen"] = (19, Part.Teen),
        ["twenty"] = (20, Part.Tens), ["thirty"] = (30, Part.Tens), ["forty"] = (40, Part.Tens), ["fifty"] = (50, Part.Tens),
        ["sixty"] = (60, Part.Tens), ["seventy"] = (70, Part.Tens), ["eighty"] = (80, Part.Tens), ["ninety"] = (90, Part.Tens),
        ["hundred"] = (100, Part.Hundred), ["thousand"] = (1000, Part.Thousand),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsNumberWord(string word) => Words.ContainsKey(word);

    /// <summary>Reads the number starting at <paramref name="start"/>; returns how many tokens it used (0 when there is none).</summary>
    public static int TryRead(IReadOnlyList<string> tokens, int start, out long value)
    {
        value = 0;
        if (start >= tokens.Count)
            return 0;
        var first = tokens[start];
        if (char.IsAsciiDigit(first[0]))
            return long.TryParse(first.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out value) ? 1 : 0;
        return TryReadWords(tokens, start, out value);
    }

    private static int TryReadWords(IReadOnlyList<string> tokens, int start, out long value)
    {
        long total = 0, current = 0;
        var last = Part.None;
        var used = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token == "a" && last == Part.None && i + 1 < tokens.Count && tokens[i + 1] is "hundred" or "thousand")
            {
                current = 1;
                last = Part.Unit;
                used++;
                continue;
            }
            if (token == "and" && last is Part.Hundred or Part.Thousand && i + 1 < tokens.Count && IsNumberWord(tokens[i + 1].Split('-')[0]))
            {
                used++;
                continue;
            }

            var words = token.Split('-');
            if (!words.All(IsNumberWord))
                break;
            foreach (var word in words)
            {
                var (number, part) = Words[word];
                var fits = part switch
                {
                    Part.Unit => last is Part.None or Part.Tens or Part.Hundred or Part.Thousand,
                    Part.Teen or Part.Tens => last is Part.None or Part.Hundred or Part.Thousand,
                    Part.Hundred => last is Part.None or Part.Unit or Part.Teen or Part.Tens && current is > 0 and < 100,
                    _ => last is not Part.Thousand && total == 0,
                };
                if (!fits)
                {
                    value = 0;
                    return 0;
                }
                switch (part)
                {
                    case Part.Hundred:
                        current = (current == 0 ? 1 : current) * 100;
                        break;
                    case Part.Thousand:
                        total = (current == 0 ? 1 : current) * 1000;
                        current = 0;
                        break;
                    default:
                        current += number;
                        break;
                }
                last = part;
            }
            used++;
        }
        value = total + current;
        return last == Part.None ? 0 : used;
    }
}
