using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>A word diff as HTML: removed words in <c>&lt;del&gt;</c>, added words in <c>&lt;ins&gt;</c>, with no stray spaces between them.</summary>
public static class DiffHtml
{
    public static IHtmlContent Render(IEnumerable<DiffSegment> segments)
    {
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            var text = HtmlEncoder.Default.Encode(segment.Text);
            html.AppendHtml(segment.Kind switch
            {
                DiffKind.Removed => $"<del>{text}</del>",
                DiffKind.Added => $"<ins>{text}</ins>",
                _ => text,
            });
        }
        return html;
    }
}
