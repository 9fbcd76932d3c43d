using System.Buffers;
using System.Text;
using System.Text.Json;

namespace EvidenceLedger.EventStore.Canonical;

/// <summary>
/// RFC 8785 JSON Canonicalization Scheme: object members sorted by UTF-16 code units, no insignificant
/// white space, strings with the minimal escapes, numbers in ECMAScript's shortest round-trip form.
/// </summary>
public static class JsonCanonicalizer
{
    private const long MaxExactInteger = 1L << 53;
    private static readonly Comparer<JsonProperty> ByName = Comparer<JsonProperty>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name));

    public static byte[] Canonicalize(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(element, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(JsonElement element, IBufferWriter<byte> output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteAscii(output, "{");
                var first = true;
                var properties = element.EnumerateObject().ToArray();
                Array.Sort(properties, ByName);
                foreach (var property in properties)
                {
                    if (!first) WriteAscii(output, ",");
                    first = false;
                    WriteString(property.Name, output);
                    WriteAscii(output, ":");
                    Write(property.Value, output);
                }
                WriteAscii(output, "}");
                break;
            case JsonValueKind.Array:
                WriteAscii(output, "[");
                var firstItem = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!firstItem) WriteAscii(output, ",");
                    firstItem = false;
                    Write(item, output);
                }
                WriteAscii(output, "]");
                break;
            case JsonValueKind.String:
                WriteString(element.GetString()!, output);
                break;
            case JsonValueKind.Number when element.TryGetInt64(out var integer) && integer is >= -MaxExactInteger and <= MaxExactInteger:
                // An integer a double holds exactly is its own shortest round-trip form.
                var digits = output.GetSpan(20);
                integer.TryFormat(digits, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
                output.Advance(written);
                break;
            case JsonValueKind.Number:
                // double.Parse rounds correctly to the nearest double, as RFC 8785 requires of the parser.
                WriteAscii(output, EcmaNumberFormatter.Format(double.Parse(element.GetRawText(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)));
                break;
            case JsonValueKind.True:
                WriteAscii(output, "true");
                break;
            case JsonValueKind.False:
                WriteAscii(output, "false");
                break;
            case JsonValueKind.Null:
                WriteAscii(output, "null");
                break;
            default:
                throw new ArgumentException($"Cannot canonicalize a JSON {element.ValueKind}.", nameof(element));
        }
    }

    public static void WriteString(string value, IBufferWriter<byte> output)
    {
        WriteAscii(output, "\"");
        // Runs that need no escape go out as UTF-8 in one piece: this is on every append's path.
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            WriteUtf8(value.AsSpan(start, i - start), output);
            WriteAscii(output, c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
            });
            start = i + 1;
        }
        WriteUtf8(value.AsSpan(start), output);
        WriteAscii(output, "\"");
    }

    private static void WriteUtf8(ReadOnlySpan<char> text, IBufferWriter<byte> output)
    {
        if (text.IsEmpty) return;
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    internal static void WriteAscii(IBufferWriter<byte> output, string ascii)
    {
        var span = output.GetSpan(ascii.Length);
        for (var i = 0; i < ascii.Length; i++) span[i] = (byte)ascii[i];
        output.Advance(ascii.Length);
    }
}
