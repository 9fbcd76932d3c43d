using NodaTime;
using EvidenceLedger.Server.Time;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>Reads the typed values of posted and query fields; what cannot be read is left for the domain to refuse by name.</summary>
public static class FormValues
{
    /// <summary>The member named <paramref name="value"/>, or the undefined 0 the domain refuses as "not a known value".</summary>
    public static TEnum Enum<TEnum>(string? value)
        where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) ? parsed : default;

    public static TEnum? OptionalEnum<TEnum>(string? value)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null : Enum<TEnum>(value);

    /// <summary>A date from <c>&lt;input type="date"&gt;</c> (yyyy-MM-dd); <paramref name="error"/> says why one could not be read.</summary>
    public static LocalDate? Date(string? value, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (SupportedDates.Parse(value, out var problem) is { } date)
            return date;
        error = $"'{value}' {problem}.";
        return null;
    }

    public static Guid? Id(string? value) => Guid.TryParse(value, out var id) && id != Guid.Empty ? id : null;

    /// <summary>One entry per non-blank line, trimmed.</summary>
    public static IReadOnlyList<string> Lines(string? value) =>
        (value ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public static double? Number(string? value, out bool invalid)
    {
        invalid = false;
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (double.TryParse(value.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
            return number;
        invalid = true;
        return null;
    }
}
