using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using NodaTime;
using NodaTime.Text;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>How the pages write the ledger's values for people: UTC times, Admiralty codes with their words, counts as ranges.</summary>
public static class Display
{
    private static readonly InstantPattern Readable = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss 'UTC'");

    public static string Time(Instant instant) => Readable.Format(instant);

    /// <summary>For <c>&lt;time datetime&gt;</c>: the exact instant, to the microsecond.</summary>
    public static string MachineTime(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words(value.ToString());

    public static string Status(ClaimStatus status) => Words(status);

    public static string Reliability(SourceReliability reliability) => $"{AdmiraltyCode.Of(reliability)} · {Words(reliability)}";

    public static string Credibility(InformationCredibility credibility) => $"{AdmiraltyCode.Of(credibility)} · {Words(credibility)}";

    public static string Kind(SourceKind kind) => Words(kind);

    public static string Method(VerificationMethod method) => Words(method);

    public static string Outcome(VerificationOutcome outcome) => Words(outcome);

    public static string Count(CountRange count)
    {
        var range = count switch
        {
            { Min: { } min, Max: { } max } when min == max => $"{min}",
            { Min: { } min, Max: { } max } => $"{min}–{max}",
            { Min: { } min } => $"{min} or more",
            { Max: { } max } => $"up to {max}",
            _ => "unknown",
        };
        return string.IsNullOrWhiteSpace(count.Subject) ? range : $"{range} {count.Subject}";
    }

    /// <summary>What an EDTF date's bounds mean in words: "on 2015-11-18", "between 2015-11-01 and 2015-11-30", "on or before …".</summary>
    public static string Occurrence(LocalDate? earliest, LocalDate? latest) => (earliest, latest) switch
    {
        ({ } from, { } to) when from == to => $"on {Day(from)}",
        ({ } from, { } to) => $"between {Day(from)} and {Day(to)}",
        ({ } from, null) => $"on or after {Day(from)}",
        (null, { } to) => $"on or before {Day(to)}",
        _ => "date unknown",
    };

    public static string Day(LocalDate date) => LocalDatePattern.Iso.Format(date);

    // "ConfirmedByOtherSources" → "confirmed by other sources"
    private static string Words(string pascalCase)
    {
        var words = new System.Text.StringBuilder(pascalCase.Length + 8);
        foreach (var c in pascalCase)
        {
            if (char.IsUpper(c) && words.Length > 0)
                words.Append(' ');
            words.Append(char.ToLowerInvariant(c));
        }
        return words.ToString();
    }
}
