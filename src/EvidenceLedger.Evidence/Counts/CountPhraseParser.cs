using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace EvidenceLedger.Evidence.Counts;

/// <summary>Turns English count phrases into the range they commit to; whatever follows the number is the subject.</summary>
internal static partial class CountPhraseParser
{
    private enum Bound { Exact, MoreThan, AtLeast, FewerThan, AtMost, Between }

    private static readonly (string[] Words, Bound Bound)[] Qualifiers =
    [
        (["more", "than"], Bound.MoreThan), (["over"], Bound.MoreThan), (["greater", "than"], Bound.MoreThan),
        (["in", "excess", "of"], Bound.MoreThan),
        (["at", "least"], Bound.AtLeast), (["no", "fewer", "than"], Bound.AtLeast), (["no", "less", "than"], Bound.AtLeast),
        (["not", "fewer", "than"], Bound.AtLeast), (["not", "less", "than"], Bound.AtLeast), (["a", "minimum", "of"], Bound.AtLeast),
        (["upwards", "of"], Bound.AtLeast),
        (["fewer", "than"], Bound.FewerThan), (["less", "than"], Bound.FewerThan), (["under"], Bound.FewerThan), (["below"], Bound.FewerThan),
        (["up", "to"], Bound.AtMost), (["at", "most"], Bound.AtMost), (["no", "more", "than"], Bound.AtMost),
        (["not", "more", "than"], Bound.AtMost), (["as", "many", "as"], Bound.AtMost), (["a", "maximum", "of"], Bound.AtMost),
        (["between"], Bound.Between), (["from"], Bound.Between), (["exactly"], Bound.Exact),
    ];

    // Vague multiples commit to their smallest reading: "dozens" is at least two dozen, "scores" at least two score,
    // "several" and "many" at least two, "a few" at least two (an open range, never a guessed maximum).
    private static readonly (string[] Words, int? Min, int? Max)[] Multiples =
    [
        (["a", "dozen"], 12, 12), (["dozens"], 24, null), (["scores"], 40, null), (["a", "score"], 20, 20), (["tens"], 20, null),
        (["hundreds"], 200, null), (["thousands"], 2000, null), (["several"], 2, null), (["many"], 2, null), (["a", "few"], 2, null),
        (["numerous"], 2, null),
    ];

    private static readonly HashSet<string> Approximations = new(StringComparer.Ordinal)
    {
        "about", "around", "approximately", "roughly", "some", "nearly", "almost", "circa", "ca", "c.", "ca.", "approx", "approx.", "estimated",
        "an", "reportedly", "perhaps", "possibly", "maybe",
    };

    private sealed record Token(string Text, int Index);

    public static bool TryParse(string? phrase, [NotNullWhen(true)] out CountRange? range, [NotNullWhen(false)] out string? error)
    {
        range = null;
        if (string.IsNullOrWhiteSpace(phrase))
        {
            error = "A count phrase is required (e.g. \"more than 30\", \"four\", \"between 10 and 20\").";
            return false;
        }

        var tokens = Tokenize(phrase);
        if (tokens.Count == 0)
        {
            error = $"'{phrase}' is not a count phrase this reader understands; expected a number.";
            return false;
        }
        var skipped = 0;
        while (skipped < tokens.Count - 1 && (Approximations.Contains(tokens[skipped].Text)))
            skipped++;
        if (skipped == 0)
            return TryParseStated(phrase, tokens, out range, out error);

        // An estimate ("about 40", "some 30 to 40", "an estimated 200") keeps its figures, read as approximate: it fixes no exact bound.
        var rest = tokens.Skip(skipped).ToList();
        if (TryParseStated(phrase, rest, out var stated, out error))
        {
            range = stated with { Approximate = true };
            return true;
        }
        if (tokens[0].Text == "some" && NumberWords.TryRead([.. rest.Select(token => token.Text)], 0, out _) == 0)
            return Done(phrase, tokens, 1, 1, null, out range, out error); // "some civilians": at least one
        return false;
    }

    private static bool TryParseStated(string phrase, List<Token> tokens, [NotNullWhen(true)] out CountRange? range, [NotNullWhen(false)] out string? error)
    {
        range = null;
        var words = tokens.Select(token => token.Text).ToList();

        foreach (var (multiple, min, max) in Multiples)
        {
            if (StartsWith(words, 0, multiple))
                return Done(phrase, tokens, SkipOf(words, multiple.Length), min, max, out range, out error);
        }

        var (bound, position) = Qualifier(words);
        if (!TryReadNumber(phrase, words, position, out var first, out var used, out error))
            return false;
        position += used;

        switch (bound)
        {
            case Bound.MoreThan:
                return Done(phrase, tokens, position, (int)first + 1, null, out range, out error);
            case Bound.AtLeast:
                return Done(phrase, tokens, position, (int)first, null, out range, out error);
            case Bound.FewerThan when first == 0:
                error = $"'{phrase}': fewer than zero leaves no possible count.";
                return false;
            case Bound.FewerThan:
                return Done(phrase, tokens, position, null, (int)first - 1, out range, out error);
            case Bound.AtMost:
                return Done(phrase, tokens, position, null, (int)first, out range, out error);
        }

        var isRange = bound == Bound.Between
            ? position < words.Count && words[position] is "and" or "to" or "-" or "–" or "—"
            : position < words.Count && words[position] is "to" or "-" or "–" or "—";
        if (isRange)
        {
            if (!TryReadNumber(phrase, words, position + 1, out var second, out used, out error))
                return false;
            if (second < first)
            {
                error = $"'{phrase}': the upper figure ({second}) is below the lower one ({first}).";
                return false;
            }
            return Done(phrase, tokens, position + 1 + used, (int)first, (int)second, out range, out error);
        }
        if (bound == Bound.Between)
        {
            error = $"'{phrase}': expected \"between <number> and <number>\".";
            return false;
        }

        if (position < words.Count && words[position] == "+")
            return Done(phrase, tokens, position + 1, (int)first, null, out range, out error);
        if (StartsWith(words, position, ["or", "more"]))
            return Done(phrase, tokens, position + 2, (int)first, null, out range, out error);
        if (StartsWith(words, position, ["or", "fewer"]) || StartsWith(words, position, ["or", "less"]))
            return Done(phrase, tokens, position + 2, null, (int)first, out range, out error);
        return Done(phrase, tokens, position, (int)first, (int)first, out range, out error);
    }

    private static (Bound Bound, int Position) Qualifier(List<string> words)
    {
        foreach (var (qualifier, bound) in Qualifiers)
        {
            if (StartsWith(words, 0, qualifier))
                return (bound, qualifier.Length);
        }
        return (Bound.Exact, 0);
    }

    private static bool TryReadNumber(string phrase, List<string> words, int position, out long value, out int used, [NotNullWhen(false)] out string? error)
    {
        error = null;
        value = 0;
        used = 0;
        if (position + 1 < words.Count && words[position] is "-" or "–" or "—" or "minus" && char.IsAsciiDigit(words[position + 1][0]))
        {
            error = $"'{phrase}': a count cannot be negative.";
            return false;
        }
        used = NumberWords.TryRead(words, position, out value);
        if (used == 0)
        {
            error = $"'{phrase}' is not a count phrase this reader understands; expected a number (digits or words such as \"twenty-one\"), " +
                    "optionally after \"more than\", \"at least\", \"fewer than\", \"up to\", \"between … and …\", or \"dozens\".";
            return false;
        }
        if (value > int.MaxValue - 1)
        {
            error = $"'{phrase}': {value} is too large to be a count.";
            return false;
        }
        return true;
    }

    private static bool Done(string phrase, List<Token> tokens, int subjectStart, int? min, int? max, [NotNullWhen(true)] out CountRange? range, [NotNullWhen(false)] out string? error)
    {
        error = null;
        var subject = subjectStart < tokens.Count ? phrase[tokens[subjectStart].Index..].Trim() : null;
        range = new CountRange(min, max, string.IsNullOrEmpty(subject) ? null : subject, AsReported: phrase);
        return true;
    }

    private static int SkipOf(List<string> words, int position) =>
        position < words.Count && words[position] == "of" ? position + 1 : position;

    private static bool StartsWith(List<string> words, int position, string[] expected) =>
        position + expected.Length <= words.Count && expected.Select((word, i) => words[position + i] == word).All(match => match);

    private static List<Token> Tokenize(string phrase) =>
        TokenPattern().Matches(phrase).Select(match => new Token(match.Value.ToLowerInvariant(), match.Index)).ToList();

    // Numbers with thousands separators, hyphenated words (twenty-one, al-Qaeda), and the dash/plus signs that join ranges.
    [GeneratedRegex(@"\d[\d,]*|[^\s\d\-–—+]+(?:-[^\s\d\-–—+]+)*|[\-–—+]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
