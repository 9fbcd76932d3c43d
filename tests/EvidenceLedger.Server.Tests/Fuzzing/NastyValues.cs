namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>Values chosen to break parsers: as raw JSON text for bodies, and as already-encoded text for query strings.</summary>
internal static class NastyValues
{
    private static readonly string[] JsonStrings =
    [
        "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udc00x\"", "\"x\\ud83d\"", "\"\\u200b\\u2060\\ufeff\"",
        "\"\\u202e\\u2066\\u200f\"", "\"\\u00ad\\u034f\\u3164\"", "\"Cafe\\u0301\"", "\"😀👩‍👩‍👧\"", "\"البوكمال\"", "\"\\n\\r\\t\\u0085\\u2028\"",
        "\"<script>alert(1)</script>\"", "\"'; DROP TABLE ledger.events; --\"", "\"%00%ff\"", "\"../../etc/passwd\"", "\"${jndi:ldap://x/a}\"",
        "\"\\\\\"", "\"\\\"\"", "\"\\u0001\\u001f\\u007f\"",
    ];

    private static readonly string[] JsonDates =
    [
        "\"-9998-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.999999999Z\"", "\"0000-01-01\"", "\"0001-01-01\"", "\"10000-01-01\"", "\"2015-02-30\"",
        "\"2015-13-01\"", "\"-0001-12-31\"", "\"9999-12-31\"", "\"2015-11-18T25:00:00Z\"", "\"0001-01-01T00:00:00+14:00\"",
        "\"9999-12-31T23:59:59-14:00\"", "\"1970-01-01T00:00:00Z\"",
    ];

    private static readonly string[] JsonEdtf =
    [
        "\"0000\"", "\"000X\"", "\"00XX\"", "\"XXXX\"", "\"2015-00\"", "\"2015-25\"", "\"9999-24\"", "\"../..\"", "\"2015/2014\"", "\"2015-11-18~?\"",
        "\"2015//2016\"", "\"-2015\"", "\"Y-10000\"", "\"2015-11-31\"", "\"2015-11-18T10:00\"", "\"[2015,2016]\"", "\"{2015,2016}\"", "\"2015-21-01\"",
        "\"99999\"", "\"201X-11\"", "\"9999\"", "\"9999-12-31/..\"", "\"/\"", "\"~\"", "\"2015-XX-18\"", "\"0001-01-01\"", "\"2015-11-18 \"",
    ];

    private static readonly string[] JsonOthers =
    [
        "0", "-1", "1e400", "-1e400", "1.5", "9223372036854775808", "-9223372036854775809", "1e-400", "2147483648", "-0", "1E+2",
        "true", "false", "null", "[]", "{}", "[1,2]", "{\"a\":1}", "[\"x\",null]", "{\"\":{\"\":[]}}",
        "\"00000000-0000-0000-0000-000000000000\"", "\"not-a-guid\"", "\"{8d1e5a7e-0000-4000-8000-000000000000}\"",
        "\"A\"", "\"Z\"", "\"7\"", "\"0\"", "\"usually_reliable\"", "\"UNVERIFIED\"", "7", "1.0", "\"1e0\"", "\"http://\"", "\"javascript:alert(1)\"",
        "\"https://example.org/\\u0000\"", "\"ftp://syriadirect.org/a\"",
    ];

    private static readonly string[] QueryValues =
    [
        "", "%20", "%00", "a%00b", "%ED%A0%80", "%FF%FE", "%C0%AE", "%E2%80%8B", "%E2%80%AE", "-1", "0", "1e3", "99999999999999999999",
        "-9223372036854775808", "9223372036854775807", "2147483648", "1.5", "%2B1", "true", "null", "[]", "%7B%7D",
        "-9998-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "0000-01-01", "-0001-01-01", "10000-01-01", "2015-02-30",
        "0001-01-01T00:00:00%2B14:00", "9999-12-31T23:59:59-14:00", "0000", "000X", "2015/2014", "yesterday", "2015-11-18", "2015-11-18T00:00",
        "0000-06-01T12:00", "9999-12-31T23:59", "not-a-guid", "00000000-0000-0000-0000-000000000000", "%27%3B%20DROP%20TABLE%20x%3B--",
        "%3Cscript%3E", "..%2F..%2Fetc%2Fpasswd", "UNVERIFIED", "A", "%F0%9F%98%80", "%D8%A7%D9%84%D8%A8%D9%88%D9%83%D9%85%D8%A7%D9%84",
    ];

    /// <summary>A raw JSON value: a nasty string, date, EDTF text, number, another type, a huge string or deep nesting.</summary>
    public static string Json(Random random) => random.Next(16) switch
    {
        < 5 => JsonStrings[random.Next(JsonStrings.Length)],
        < 7 => JsonDates[random.Next(JsonDates.Length)],
        < 9 => JsonEdtf[random.Next(JsonEdtf.Length)],
        < 13 => JsonOthers[random.Next(JsonOthers.Length)],
        13 => "\"" + new string('x', random.Next(1, 4) switch { 1 => 301, 2 => 4_001, _ => 10_001 + random.Next(50_000) }) + "\"",
        14 => "\"" + string.Concat(Enumerable.Repeat("e\\u0301", random.Next(100, 3_000))) + "\"",
        _ => Deep(random),
    };

    /// <summary>An already percent-encoded query value.</summary>
    public static string Query(Random random) => random.Next(10) switch
    {
        0 => new string('x', random.Next(100, 6_000)),
        _ => QueryValues[random.Next(QueryValues.Length)],
    };

    /// <summary>Arrays or objects nested deeper than any reader allows, or just within.</summary>
    public static string Deep(Random random)
    {
        var depth = random.Next(2) == 0 ? random.Next(60, 70) : random.Next(200, 3_000);
        return random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
    }
}
