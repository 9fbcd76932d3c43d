using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Deciding;

/// <summary>Field checks shared by the deciders; each returns the rejection for the problem it finds, or null.</summary>
internal static class Require
{
    /// <inheritdoc cref="Rejection.FirstOf"/>
    public static Rejection? FirstOf(params Rejection?[] checks) => Rejection.FirstOf(checks);

    /// <summary>A required free text (<see cref="FreeText"/>) of at most <paramref name="max"/> characters.</summary>
    public static Rejection? Text(string? value, string field, string what, int max) => FreeText.Required(value, field, what, max);

    /// <summary>An optional free text (<see cref="FreeText"/>) of at most <paramref name="max"/> characters.</summary>
    public static Rejection? OptionalText(string? value, string field, string what, int max) => FreeText.Optional(value, field, what, max);

    /// <summary>A value that is not free text (an id, a ciphertext): only required to be there.</summary>
    public static Rejection? Present(string? value, string field, string what) =>
        string.IsNullOrWhiteSpace(value) ? Rejection.Invalid(field, $"{what} is required.") : null;

    public static Rejection? Id(Guid id, string field, string what) =>
        id == Guid.Empty ? Rejection.Invalid(field, $"{what} must be a non-empty id.") : null;

    public static Rejection? Known<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? null : Rejection.Invalid(field, $"'{value}' is not a known {typeof(TEnum).Name} value.");

    public static string? TrimmedOrNull(string? value) => FreeText.CleanOrNull(value);
}
