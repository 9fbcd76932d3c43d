using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>HTML under construction: markup is appended as is, every recorded text encoded and, where people wrote it, marked <c>dir="auto"</c>.</summary>
internal sealed class HtmlText
{
    private static readonly InstantPattern Readable = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss 'UTC'");

    private readonly StringBuilder _html = new();

    public HtmlText Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>
    /// Only the five characters HTML gives meaning to are escaped: Arabic and every other script, and the '+' and '/' of
    /// base64 hashes, stay literal, so the saved report reads — and hashes can be searched — in any text editor too.
    /// </summary>
    public HtmlText Text(string? text)
    {
        foreach (var c in text ?? "")
        {
            switch (c)
            {
                case '&': _html.Append("&amp;"); break;
                case '<': _html.Append("&lt;"); break;
                case '>': _html.Append("&gt;"); break;
                case '"': _html.Append("&quot;"); break;
                case '\'': _html.Append("&#39;"); break;
                default: _html.Append(c); break;
            }
        }
        return this;
    }

    /// <summary>Text people wrote, in any script: its own direction, isolated from what surrounds it.</summary>
    public HtmlText Auto(string? text, string tag = "bdi", string? cssClass = null) =>
        text is null ? this : Raw(cssClass is null ? $"<{tag} dir=\"auto\">" : $"<{tag} class=\"{cssClass}\" dir=\"auto\">").Text(text).Raw($"</{tag}>");

    /// <summary>A quoted statement or title, isolated so Arabic quotes sit the right way round.</summary>
    public HtmlText Quoted(string? text) => Raw("“").Auto(text).Raw("”");

    public HtmlText Number(long value) => Text(value.ToString(CultureInfo.InvariantCulture));

    public HtmlText Time(Instant instant) => Raw("<time datetime=\"").Text(InstantPattern.ExtendedIso.Format(instant)).Raw("\">").Text(Readable.Format(instant)).Raw("</time>");

    public HtmlText Code(string? text) => Raw("<code>").Text(text).Raw("</code>");

    public HtmlText Row(params Action<HtmlText>[] cells)
    {
        Raw("<tr>");
        foreach (var cell in cells)
        {
            Raw("<td>");
            cell(this);
            Raw("</td>");
        }
        return Raw("</tr>\n");
    }

    public HtmlText HeaderRow(params string[] headers)
    {
        Raw("<thead><tr>");
        foreach (var header in headers) Raw("<th scope=\"col\">").Text(header).Raw("</th>");
        return Raw("</tr></thead>\n");
    }

    public HtmlText Fact(string label, Action<HtmlText> value)
    {
        Raw("<dt>").Text(label).Raw("</dt><dd>");
        value(this);
        return Raw("</dd>\n");
    }

    public override string ToString() => _html.ToString();
}
