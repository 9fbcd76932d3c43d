using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EvidenceLedger.EventStore.Canonical;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// RFC 8785 (JCS) output of a parsed JSON value, written straight into a byte buffer: members sorted by UTF-16 code
/// units, minimal string escapes, numbers in ECMAScript form. Produces the same bytes as the event store's
/// <see cref="JsonCanonicalizer"/> (a property test holds them to it) without its per-string allocations, because
/// verify canonicalizes every event of the log.
/// </summary>
internal static class CanonicalJsonWriter
{
    private static readonly Comparer<JsonProperty> ByName = Comparer<JsonProperty>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name));

    public static void Write(JsonElement element, ArrayBufferWriter<byte> output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, output);
                break;
            case JsonValueKind.Array:
                output.Write("["u8);
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        output.Write(","u8);
                    }

                    first = false;
                    Write(item, output);
                }

                output.Write("]"u8);
                break;
            case JsonValueKind.String:
                WriteString(element.GetString()!, output);
                break;
            case JsonValueKind.Number:
                WriteNumber(element, output);
                break;
            case JsonValueKind.True:
                output.Write("true"u8);
                break;
            case JsonValueKind.False:
                output.Write("false"u8);
                break;
            case JsonValueKind.Null:
                output.Write("null"u8);
                break;
            default:
                throw new ArgumentException($"Cannot canonicalize a JSON {element.ValueKind}.", nameof(element));
        }
    }

    public static void WriteString(string value, ArrayBufferWriter<byte> output)
    {
        output.Write("\""u8);
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\')
            {
                continue;
            }

            WriteUtf8(value.AsSpan(start, i - start), output);
            WriteEscape(c, output);
            start = i + 1;
        }

        WriteUtf8(value.AsSpan(start), output);
        output.Write("\""u8);
    }

    private static void WriteObject(JsonElement element, ArrayBufferWriter<byte> output)
    {
        var count = element.GetPropertyCount();
        var properties = ArrayPool<JsonProperty>.Shared.Rent(count);
        try
        {
            var n = 0;
            foreach (var property in element.EnumerateObject())
            {
                properties[n++] = property;
            }

            Array.Sort(properties, 0, n, ByName);
            output.Write("{"u8);
            for (var i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    output.Write(","u8);
                }

                WriteString(properties[i].Name, output);
                output.Write(":"u8);
                Write(properties[i].Value, output);
            }

            output.Write("}"u8);
        }
        finally
        {
            ArrayPool<JsonProperty>.Shared.Return(properties, clearArray: true);
        }
    }

    private static void WriteNumber(JsonElement element, ArrayBufferWriter<byte> output)
    {
        var raw = element.GetRawText();
        if (IsSmallInteger(raw))
        {
            // Integers of up to 15 digits are exact doubles that ECMAScript prints digit for digit.
            WriteUtf8(raw, output);
            return;
        }

        WriteUtf8(EcmaNumberFormatter.Format(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture)), output);
    }

    private static bool IsSmallInteger(string raw)
    {
        var digits = raw.AsSpan(raw.StartsWith('-') ? 1 : 0);
        return digits.Length is > 0 and <= 15 && raw != "-0" && (digits.Length == 1 || digits[0] != '0') && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static void WriteEscape(char c, ArrayBufferWriter<byte> output)
    {
        switch (c)
        {
            case '"': output.Write("\\\""u8); break;
            case '\\': output.Write("\\\\"u8); break;
            case '\b': output.Write("\\b"u8); break;
            case '\f': output.Write("\\f"u8); break;
            case '\n': output.Write("\\n"u8); break;
            case '\r': output.Write("\\r"u8); break;
            case '\t': output.Write("\\t"u8); break;
            default:
                output.Write("\\u00"u8);
                var span = output.GetSpan(2);
                span[0] = (byte)"0123456789abcdef"[c >> 4];
                span[1] = (byte)"0123456789abcdef"[c & 0xF];
                output.Advance(2);
                break;
        }
    }

    private static void WriteUtf8(ReadOnlySpan<char> text, ArrayBufferWriter<byte> output)
    {
        if (text.IsEmpty)
        {
            return;
        }

        // Encoding.UTF8 replaces a lone surrogate with U+FFFD, as the event store's canonicalizer does.
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
