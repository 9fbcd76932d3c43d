namespace EvidenceLedger.Evidence.Deciding;

/// <summary>Field checks shared by the deciders; each returns the rejection for the first problem it finds, or null.</summary>
internal static class Require
{
    public static Rejection? FirstOf(params Rejection?[] checks) => checks.FirstOrDefault(check => check is not null);

    public static Rejection? Text(string? value, string field, string what) =>
        string.IsNullOrWhiteSpace(value) ? Rejection.Invalid(field, $"{what} is required.") : null;

    public static Rejection? Id(Guid id, string field, string what) =>
        id == Guid.Empty ? Rejection.Invalid(field, $"{what} must be a non-empty id.") : null;

    public static Rejection? Known<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? null : Rejection.Invalid(field, $"'{value}' is not a known {typeof(TEnum).Name} value.");

    public static string? TrimmedOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
