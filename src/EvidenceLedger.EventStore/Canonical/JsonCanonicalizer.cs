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
    private static readonly Comparer<KeyValuePair<string, JsonElement>> ByName =
        Comparer<KeyValuePair<string, JsonElement>>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key));

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
                WriteObject(element, output);
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

    /// <summary>
    /// Members in UTF-16 code unit order. Each name is read once (a <see cref="JsonProperty"/> makes a new string every
    /// time its name is asked for), and members already in order, as the ledger's own serializer mostly writes them,
    /// are not sorted again: this runs for every event appended.
    /// </summary>
    private static void WriteObject(JsonElement element, IBufferWriter<byte> output)
    {
        var count = element.GetPropertyCount();
        var members = ArrayPool<KeyValuePair<string, JsonElement>>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var inOrder = true;
            var i = 0;
            foreach (var property in element.EnumerateObject())
            {
                var name = property.Name;
                // Equal names (a duplicate member) go through the sort, as they always did.
                if (i > 0 && string.CompareOrdinal(members[i - 1].Key, name) >= 0) inOrder = false;
                members[i++] = new(name, property.Value);
            }
            if (!inOrder) Array.Sort(members, 0, count, ByName);

            WriteAscii(output, "{");
            for (i = 0; i < count; i++)
            {
                if (i > 0) WriteAscii(output, ",");
                WriteString(members[i].Key, output);
                WriteAscii(output, ":");
                Write(members[i].Value, output);
            }
            WriteAscii(output, "}");
        }
        finally
        {
            Array.Clear(members, 0, count);
            ArrayPool<KeyValuePair<string, JsonElement>>.Shared.Return(members);
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

    /// <summary>A UUID as a JSON string in its "D" form: 36 ASCII characters, nothing in them needs escaping.</summary>
    public static void WriteUuid(IBufferWriter<byte> output, Guid value)
    {
        var span = output.GetSpan(38);
        span[0] = (byte)'"';
        value.TryFormat(span[1..], out var written, "D");
        span[written + 1] = (byte)'"';
        output.Advance(written + 2);
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
