using System.Text;
using System.Text.Json;
using EvidenceLedger.EventStore.Canonical;

namespace EvidenceLedger.EventStore.Tests.Canonical;

public sealed class Json_canonicalization
{
    [Theory]
    [InlineData("{\"b\":1,\"a\":[true,false,null]}", "{\"a\":[true,false,null],\"b\":1}")]
    [InlineData("{ \"x\" : \"\\u0041\\u00e9\\n\\u001f\\\"\" }", "{\"x\":\"Aé\\n\\u001f\\\"\"}")]
    [InlineData("[1.0, 1e2, -0, 0.000001, 1e-7, 1e21, 123456789012345678901234, 4.5, 0.1]",
        "[1,100,0,0.000001,1e-7,1e+21,1.2345678901234569e+23,4.5,0.1]")]
    [InlineData("{\"\\u20ac\":1,\"\\r\":2,\"1\":3,\"\\ud83d\\ude00\":4,\"\\u0080\":5,\"\\u00f6\":6}",
        "{\"\\r\":2,\"1\":3,\"\u0080\":5,\"ö\":6,\"€\":1,\"😀\":4}")]
    public void Canonical_form_follows_RFC_8785(string input, string expected)
    {
        using var document = JsonDocument.Parse(input);
        Assert.Equal(expected, Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(document.RootElement)));
    }

    [Theory]
    [InlineData(333333333.33333329, "333333333.3333333")]
    [InlineData(1E30, "1e+30")]
    [InlineData(4.50, "4.5")]
    [InlineData(2e-3, "0.002")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-1e-7, "-1e-7")]
    [InlineData(9007199254740992, "9007199254740992")]
    [InlineData(295147905179352830000.0, "295147905179352830000")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    public void Numbers_use_the_ECMAScript_shortest_form(double value, string expected)
    {
        Assert.Equal(expected, EcmaNumberFormatter.Format(value));
    }
}
