using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NodaTime;

namespace EvidenceLedger.Evidence.Dates;

/// <summary>
/// A date known only as precisely as the evidence allows, written in EDTF (ISO 8601-2, levels 0–1):
/// <c>2015-11-18</c>, <c>2015-11</c>, <c>2015</c>, <c>201X</c>, season <c>2015-21</c>, qualified <c>2015-11-18~</c> / <c>?</c> / <c>%</c>,
/// or an interval <c>2015-11-16/2015-11-22</c>, <c>../2015-11-18</c> (on or before), <c>2015-11-18/..</c> (on or after).
/// The EDTF text is kept exactly as given; <see cref="Earliest"/> and <see cref="Latest"/> are the widest days it can mean
/// (null for an open or unknown end), so occurrence searches can test overlap.
/// </summary>
/// <remarks>
/// Approximate (~) and uncertain (?) qualifiers do not widen the bounds: EDTF does not say by how much "about" stretches,
/// and inventing a margin would claim knowledge nobody recorded. The flags are exposed so a search can widen deliberately.
/// Serialized as the EDTF string.
/// </remarks>
[JsonConverter(typeof(ImpreciseDateJsonConverter))]
public sealed record ImpreciseDate
{
    private ImpreciseDate(string edtf, EdtfParser.Bounds bounds)
    {
        Edtf = edtf;
        Earliest = bounds.Earliest;
        Latest = bounds.Latest;
        IsApproximate = bounds.Approximate;
        IsUncertain = bounds.Uncertain;
    }

    /// <summary>The EDTF text exactly as it was given.</summary>
    public string Edtf { get; }

    /// <summary>The earliest day the date can mean; null when the start is open or unknown.</summary>
    public LocalDate? Earliest { get; }

    /// <summary>The latest day the date can mean; null when the end is open or unknown.</summary>
    public LocalDate? Latest { get; }

    /// <summary>Marked approximate (<c>~</c> or <c>%</c>) anywhere.</summary>
    public bool IsApproximate { get; }

    /// <summary>Marked uncertain (<c>?</c> or <c>%</c>) anywhere.</summary>
    public bool IsUncertain { get; }

    public static ImpreciseDate Parse(string edtf) =>
        TryParse(edtf, out var date, out var error) ? date : throw new FormatException(error);

    public static bool TryParse(string? edtf, [NotNullWhen(true)] out ImpreciseDate? date, [NotNullWhen(false)] out string? error)
    {
        if (EdtfParser.TryParse(edtf, out var bounds, out error))
        {
            date = new ImpreciseDate(edtf!, bounds);
            return true;
        }
        date = null;
        return false;
    }

    /// <summary>
    /// Reads EDTF or a date in plain English ("spring 2015", "18 Nov 2015", "18/11/2015" day first, "before 20 November 2015",
    /// "16–22 November 2015"); the date keeps the EDTF that says the same. The error lists the forms that work.
    /// </summary>
    public static bool TryRead(string? text, [NotNullWhen(true)] out ImpreciseDate? date, [NotNullWhen(false)] out string? error)
    {
        if (TryParse(text, out date, out var edtfError))
        {
            error = null;
            return true;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A date is required: " + PlainDateParser.Forms + ".";
            return false;
        }
        if (PlainDateParser.ToEdtf(text) is { } edtf)
        {
            if (TryParse(edtf, out date, out var plainError))
            {
                error = null;
                return true;
            }
            error = $"'{text.Trim()}' was read as {edtf}, which is not a possible date: {plainError}";
            return false;
        }
        var why = text.Any(char.IsWhiteSpace) ? $"'{text.Trim()}' is not a date this ledger reads." : edtfError;
        error = $"{why} Forms that work: {PlainDateParser.Forms}.";
        return false;
    }

    /// <summary>The date in plain words: "spring 2015 (March to May 2015)", "18 November 2015", "about 2015", "on or before 19 November 2015".</summary>
    public string Reading() => DateReading.Of(Edtf);

    /// <summary>Whether any day this date can mean falls within <paramref name="from"/>..<paramref name="to"/> (inclusive; null = unbounded).</summary>
    public bool Overlaps(LocalDate? from, LocalDate? to) =>
        (Earliest is null || to is null || Earliest <= to) &&
        (Latest is null || from is null || Latest >= from);

    public override string ToString() => Edtf;
}
