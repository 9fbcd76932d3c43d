using System.Diagnostics.CodeAnalysis;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Counts;

/// <summary>
/// A count as a source gave it, kept as the range it actually commits to: "more than 30 killed" is 31 with no maximum,
/// "up to 60" has no minimum, "four killed" is 4–4. <see cref="Subject"/> says what is counted ("IS members killed").
/// An estimate ("about 40 killed") keeps its figure and is marked <see cref="Approximate"/>: it fixes no exact bound.
/// <see cref="AsReported"/> is the phrase exactly as the source gave it (null when the count was given as figures);
/// the range is only a reading of it (<see cref="Reading"/>).
/// </summary>
public sealed record CountRange(int? Min, int? Max, string? Subject, bool Approximate = false, string? AsReported = null)
{
    /// <summary>The range in words, without the subject: "at least 31", "exactly 4", "at most 60", "between 10 and 20", "about 40".</summary>
    public string Reading() => CountReading.Of(this);

    /// <summary>Reads an English count phrase, e.g. "more than 30 IS members killed", "at least fifteen", "between 10 and 20 civilians", "up to 60".</summary>
    public static CountRange Parse(string phrase) =>
        TryParse(phrase, out var range, out var error) ? range : throw new FormatException(error);

    /// <inheritdoc cref="Parse"/>
    public static bool TryParse(string? phrase, [NotNullWhen(true)] out CountRange? range, [NotNullWhen(false)] out string? error) =>
        CountPhraseParser.TryParse(phrase, out range, out error);

    /// <summary>The first problem with this range as a claim's count, naming the field under <paramref name="field"/>.</summary>
    internal Rejection? Problem(string field) => this switch
    {
        { Min: null, Max: null } => Rejection.Invalid(field, "A count needs a minimum, a maximum or both."),
        { Min: < 0 } => Rejection.Invalid($"{field}.min", "A count cannot be negative."),
        { Max: < 0 } => Rejection.Invalid($"{field}.max", "A count cannot be negative."),
        { Min: { } min, Max: { } max } when min > max => Rejection.Invalid($"{field}.max", $"The maximum ({max}) is below the minimum ({min})."),
        _ when FreeText.IsBlank(Subject) => Rejection.Invalid($"{field}.subject", "Say what is counted (e.g. \"civilians killed\")."),
        _ => FreeText.Required(Subject, $"{field}.subject", "What is counted", TextLimits.CountSubject),
    };
}
