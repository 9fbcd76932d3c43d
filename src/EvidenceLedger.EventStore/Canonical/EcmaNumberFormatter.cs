using System.Globalization;
using System.Text;

namespace EvidenceLedger.EventStore.Canonical;

/// <summary>ECMAScript Number::toString for finite doubles, as RFC 8785 §3.2.2.3 requires.</summary>
public static class EcmaNumberFormatter
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException("JSON has no NaN or Infinity.", nameof(value));
        if (value == 0) return "0";
        var negative = value < 0;
        // .NET Core 3.0+ formats the shortest round-trip digits by default; only the layout differs from ECMAScript.
        var (digits, exponent) = Decompose(Math.Abs(value).ToString(CultureInfo.InvariantCulture));
        var k = digits.Length;
        var n = exponent; // value = 0.digits × 10^n
        var result = new StringBuilder(negative ? "-" : "");
        if (k <= n && n <= 21) result.Append(digits).Append('0', n - k);
        else if (0 < n && n <= 21) result.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        else if (-6 < n && n <= 0) result.Append("0.").Append('0', -n).Append(digits);
        else
        {
            result.Append(digits[0]);
            if (k > 1) result.Append('.').Append(digits, 1, k - 1);
            var e = n - 1;
            result.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }
        return result.ToString();
    }

    private static (string Digits, int Exponent) Decompose(string roundTrip)
    {
        var exponentIndex = roundTrip.IndexOfAny(['E', 'e']);
        var mantissa = exponentIndex < 0 ? roundTrip : roundTrip[..exponentIndex];
        var exponent = exponentIndex < 0 ? 0 : int.Parse(roundTrip[(exponentIndex + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? "" : mantissa[(point + 1)..];
        var allDigits = integerPart + fraction;
        var leadingZeros = allDigits.Length - allDigits.TrimStart('0').Length;
        var digits = allDigits.Trim('0');
        var n = integerPart.Length - leadingZeros + exponent;
        return (digits, n);
    }
}
