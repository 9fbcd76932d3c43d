using System.Globalization;
using EvidenceLedger.Server.Problems;

namespace EvidenceLedger.Server.Integrity;

/// <summary>Reads whole-number query parameters by hand, so that a bad one is a 400 problem naming it rather than a bare binding failure.</summary>
internal static class QueryNumbers
{
    /// <summary>The parameter's value, null when absent; <paramref name="problem"/> is set when present but not a non-negative integer.</summary>
    public static long? Read(HttpRequest request, string name, out IResult? problem)
    {
        problem = null;
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problem = ApiProblems.Invalid(name, $"'{name}' must be a whole number of 0 or more, not '{text}'.");
        return null;
    }

    public static long? Require(HttpRequest request, string name, out IResult? problem)
    {
        var value = Read(request, name, out problem);
        if (value is null && problem is null)
        {
            problem = ApiProblems.Invalid(name, $"'{name}' is required.");
        }

        return value;
    }
}
