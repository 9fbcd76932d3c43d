using System.Globalization;
using System.Text.Json;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Serialization;
using EvidenceLedger.Server.Problems;
using EvidenceLedger.Server.Time;
using NodaTime;

namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>Parses the request values JSON alone cannot check, each failure a 400 naming the field.</summary>
internal static class RequestValues
{
    /// <summary>A snake_case enum value; missing is a problem only when <paramref name="required"/>.</summary>
    public static (TEnum? Value, IResult? Problem) Enum<TEnum>(string? text, string field, bool required = true)
        where TEnum : struct, Enum => AsProblem(EnumText<TEnum>(text, field, required), field);

    /// <inheritdoc cref="Enum{TEnum}"/>
    public static (TEnum? Value, string? Error) EnumText<TEnum>(string? text, string field, bool required = true)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
            return required ? (null, $"'{field}' is required; one of: {Names<TEnum>()}.") : (null, null);
        foreach (var value in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(SnakeCaseName.Of(value), text.Trim(), StringComparison.OrdinalIgnoreCase)) return (value, null);
        }
        return (null, $"'{text}' is not a known {field}; one of: {Names<TEnum>()}.");
    }

    /// <summary>A source reliability: the Admiralty letter A–F or its snake_case name (usually_reliable).</summary>
    public static (SourceReliability? Value, IResult? Problem) Reliability(string? text, string field = "reliability") =>
        AsProblem(ReliabilityText(text, field), field);

    /// <inheritdoc cref="Reliability"/>
    public static (SourceReliability? Value, string? Error) ReliabilityText(string? text, string field = "reliability")
    {
        if (AdmiraltyCode.TryParseReliability(text?.Trim(), out var letter)) return (letter, null);
        var (named, _) = EnumText<SourceReliability>(text, field);
        return named is not null
            ? (named, null)
            : (null, $"'{field}' must be an Admiralty reliability letter A–F (or one of: {Names<SourceReliability>()}); got '{text}'.");
    }

    /// <summary>An information credibility: the Admiralty digit 1–6 (string or number) or its snake_case name (possibly_true).</summary>
    public static (InformationCredibility? Value, IResult? Problem) Credibility(JsonElement? value, string field = "credibility", bool required = true)
    {
        if (value is null || value.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            return required ? (null, ApiProblems.Invalid(field, $"'{field}' is required: an Admiralty credibility digit 1–6.")) : (null, null);
        var text = value.Value.ValueKind switch
        {
            JsonValueKind.String => value.Value.GetString(),
            JsonValueKind.Number => value.Value.GetRawText(),
            _ => null,
        };
        var (credibility, _) = CredibilityText(text, field);
        return credibility is not null
            ? (credibility, null)
            : (null, ApiProblems.Invalid(field, $"'{field}' must be an Admiralty credibility digit 1–6 (or one of: {Names<InformationCredibility>()}); got {value.Value.GetRawText()}."));
    }

    /// <summary>An information credibility given as text (a CSV cell): the digit 1–6 or its snake_case name; blank is none.</summary>
    public static (InformationCredibility? Value, string? Error) CredibilityText(string? text, string field = "credibility")
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        if (AdmiraltyCode.TryParseCredibility(text.Trim(), out var digit)) return (digit, null);
        var (named, _) = EnumText<InformationCredibility>(text, field);
        return named is not null
            ? (named, null)
            : (null, $"'{field}' must be an Admiralty credibility digit 1–6 (or one of: {Names<InformationCredibility>()}); got '{text}'.");
    }

    public static (LocalDate? Value, IResult? Problem) Date(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        return SupportedDates.Parse(text, out var error) is { } date
            ? (date, null)
            : (null, ApiProblems.Invalid(field, $"'{field}' {error}; got '{text}'."));
    }

    public static (int? Value, IResult? Problem) Int(string? text, string field, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? (value, null)
            : (null, ApiProblems.Invalid(field, $"'{field}' must be a whole number from {min} to {max}; got '{text}'."));
    }

    private static (T? Value, IResult? Problem) AsProblem<T>((T? Value, string? Error) parsed, string field)
        where T : struct =>
        parsed.Error is null ? (parsed.Value, null) : (null, ApiProblems.Invalid(field, parsed.Error));

    private static string Names<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", System.Enum.GetValues<TEnum>().Select(SnakeCaseName.Of));
}
