using System.Globalization;

namespace EvidenceLedger.Evidence.Counts;

/// <summary>Says in words what a <see cref="CountRange"/> commits to, so that a phrase can be shown with its reading ("read as at least 31").</summary>
internal static class CountReading
{
    public static string Of(CountRange count) => (count.Min, count.Max, count.Approximate) switch
    {
        ({ } min, { } max, true) when min == max => $"about {N(min)} (approximate, no exact bound)",
        ({ } min, { } max, true) => $"about {N(min)} to {N(max)} (approximate, no exact bound)",
        ({ } min, null, true) => $"at least about {N(min)} (approximate, no upper bound)",
        (null, { } max, true) => $"at most about {N(max)} (approximate, no lower bound)",
        ({ } min, { } max, false) when min == max => $"exactly {N(min)}",
        ({ } min, { } max, false) => $"between {N(min)} and {N(max)}",
        ({ } min, null, false) => $"at least {N(min)}",
        (null, { } max, false) => $"at most {N(max)}",
        _ => "no figure",
    };

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
