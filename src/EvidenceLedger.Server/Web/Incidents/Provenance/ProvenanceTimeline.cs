using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Html;
using NodaTime;

namespace EvidenceLedger.Server.Web.Incidents.Provenance;

/// <summary>
/// Draws an incident's events as SVG on the server: one row per actor, one mark per event (its shape and colour say its
/// kind), left to right in recorded order, each mark a link to its entry in the history list.
/// </summary>
/// <remarks>
/// Recorded time is drawn monotone but not linear: the gap before each event grows with the logarithm of the pause, so a
/// burst of events recorded within a second stays readable next to pauses of months. The axis labels give the real times.
/// </remarks>
public static class ProvenanceTimeline
{
    private const double Width = 960;
    private const double Gutter = 150;
    private const double RightMargin = 24;
    private const double RowHeight = 44;
    private const double Top = 16;
    private const double AxisHeight = 46;
    private const double MarkRadius = 8;
    private const double MinGap = 1;
    private const double LongPause = 3600;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static IHtmlContent Draw(IReadOnlyList<TimelineEvent> events, string title)
    {
        var actors = events.Select(e => e.Actor).Distinct(StringComparer.Ordinal).ToList();
        var height = Top + (actors.Count * RowHeight) + AxisHeight;
        var xs = Positions(events);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"timeline-title\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"timeline-title\">{Encoder.Encode(title)}</title>");

        for (var row = 0; row < actors.Count; row++)
        {
            var y = RowY(row);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Gutter - 6}\" y1=\"{y}\" x2=\"{Width - RightMargin + 6}\" y2=\"{y}\" stroke=\"#d6dbe1\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{Gutter - 14}\" y=\"{y + 5}\" text-anchor=\"end\" font-size=\"14\" fill=\"#1b1f24\"><tspan unicode-bidi=\"plaintext\">{Encoder.Encode(Shorten(actors[row]))}</tspan></text>");
        }

        var axisY = Top + (actors.Count * RowHeight) + 6;
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{Gutter - 6}\" y1=\"{axisY}\" x2=\"{Width - RightMargin + 6}\" y2=\"{axisY}\" stroke=\"#5b6470\" stroke-width=\"1\"/>");
        foreach (var (x, label, anchor) in AxisLabels(events, xs))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{axisY}\" x2=\"{x:0.#}\" y2=\"{axisY + 5}\" stroke=\"#5b6470\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x:0.#}\" y=\"{axisY + 19}\" text-anchor=\"{anchor}\" font-size=\"11\" fill=\"#5b6470\">{Encoder.Encode(label.Date)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x:0.#}\" y=\"{axisY + 33}\" text-anchor=\"{anchor}\" font-size=\"11\" fill=\"#5b6470\">{Encoder.Encode(label.Time)}</text>");
        }

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var kind = EventKind.Of(e.Type);
            var y = RowY(actors.IndexOf(e.Actor));
            var tooltip = $"v{e.Version} · {kind.Label} · {e.Actor} · {Display.Time(e.RecordedAt)}\n{e.Summary}\nhash {e.Hash}";
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"#{Encoder.Encode(e.Anchor)}\" data-version=\"{e.Version}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Encoder.Encode(tooltip)}</title>");
            svg.Append(Mark(kind, xs[i], y, MarkRadius));
            svg.Append("</a>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A small picture of one kind's mark, for the legend.</summary>
    public static IHtmlContent LegendMark(EventKind kind) =>
        new HtmlString($"<svg width=\"18\" height=\"18\" viewBox=\"0 0 18 18\" aria-hidden=\"true\">{Mark(kind, 9, 9, 7)}</svg>");

    private static double RowY(int row) => Top + (row * RowHeight) + (RowHeight / 2);

    private static double[] Positions(IReadOnlyList<TimelineEvent> events)
    {
        if (events.Count == 0)
            return [];
        var offsets = new double[events.Count];
        for (var i = 1; i < events.Count; i++)
        {
            var pause = Math.Max(0, (events[i].RecordedAt - events[i - 1].RecordedAt).TotalSeconds);
            offsets[i] = offsets[i - 1] + MinGap + Math.Log10(1 + pause);
        }
        var span = offsets[^1];
        var usable = Width - Gutter - RightMargin;
        return offsets.Select(offset => Math.Round(span == 0 ? Gutter + (usable / 2) : Gutter + (offset / span * usable), 1)).ToArray();
    }

    private static IEnumerable<(double X, (string Date, string Time) Label, string Anchor)> AxisLabels(IReadOnlyList<TimelineEvent> events, double[] xs)
    {
        var lastX = double.NegativeInfinity;
        for (var i = 0; i < events.Count; i++)
        {
            var startsAfterPause = i == 0 || (events[i].RecordedAt - events[i - 1].RecordedAt).TotalSeconds >= LongPause;
            var isLast = i == events.Count - 1;
            if (!(startsAfterPause || isLast) || xs[i] - lastX < 90)
                continue;
            lastX = xs[i];
            var anchor = i == 0 ? "start" : isLast ? "end" : "middle";
            yield return (xs[i], Label(events[i].RecordedAt), anchor);
        }
    }

    private static (string Date, string Time) Label(Instant at)
    {
        var utc = at.InUtc();
        return (utc.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture), utc.ToString("HH':'mm':'ss 'UTC'", CultureInfo.InvariantCulture));
    }

    private static string Shorten(string actor) => actor.Length <= 18 ? actor : actor[..17] + "…";

    private static string Mark(EventKind kind, double x, double y, double r)
    {
        var fill = kind.Colour;
        var stroke = "stroke=\"#ffffff\" stroke-width=\"1.5\" class=\"mark\"";
        return kind.Shape switch
        {
            MarkShape.Square => Invariant($"<rect x=\"{x - r}\" y=\"{y - r}\" width=\"{2 * r}\" height=\"{2 * r}\" fill=\"{fill}\" {stroke}/>"),
            MarkShape.Circle => Invariant($"<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\" fill=\"{fill}\" {stroke}/>"),
            MarkShape.Diamond => Polygon([(x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y)], fill, stroke),
            MarkShape.Triangle => Polygon([(x, y - r - 1), (x + r + 1, y + r), (x - r - 1, y + r)], fill, stroke),
            MarkShape.TriangleDown => Polygon([(x - r - 1, y - r), (x + r + 1, y - r), (x, y + r + 1)], fill, stroke),
            MarkShape.Hexagon => Polygon(Enumerable.Range(0, 6).Select(k => (x + (r * Math.Cos(k * Math.PI / 3)), y + (r * Math.Sin(k * Math.PI / 3)))).ToList(), fill, stroke),
            MarkShape.Cross => Invariant(
                $"<g class=\"mark\"><circle cx=\"{x}\" cy=\"{y}\" r=\"{r + 1}\" fill=\"#ffffff\" fill-opacity=\"0\"/><path d=\"M{x - r} {y - r} L{x + r} {y + r} M{x + r} {y - r} L{x - r} {y + r}\" stroke=\"{fill}\" stroke-width=\"4\" stroke-linecap=\"round\"/></g>"),
            _ => Invariant($"<circle cx=\"{x}\" cy=\"{y}\" r=\"{r - 3}\" fill=\"{fill}\" {stroke}/>"),
        };
    }

    private static string Polygon(IReadOnlyList<(double X, double Y)> points, string fill, string stroke) =>
        $"<polygon points=\"{string.Join(' ', points.Select(p => Invariant($"{p.X:0.##},{p.Y:0.##}")))}\" fill=\"{fill}\" {stroke}/>";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
