namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>The report's only stylesheet, inline: it must print and read the same on a machine with no network at all.</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b66; --rule: #d6d6de; --band: #f4f4f7; --accent: #23446e; --warn: #8a3b12; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; color: var(--ink); background: #fff;
               font: 15px/1.5 "Noto Sans", "Segoe UI", "Noto Naskh Arabic", "Geeza Pro", Tahoma, Arial, sans-serif; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
        h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
        p.lead { color: var(--muted); margin-top: 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
        th, td { text-align: start; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
        thead th { background: var(--band); }
        code, pre { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .82rem; overflow-wrap: anywhere; }
        pre { background: var(--band); padding: .75rem; white-space: pre-wrap; }
        .claim { border: 1px solid var(--rule); border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
        .statement { font-size: 1.05rem; font-weight: 600; }
        .tag { display: inline-block; padding: 0 .4rem; border-radius: 3px; background: var(--band); font-size: .85rem; }
        .retracted { color: var(--warn); font-weight: 600; }
        .before { text-decoration: line-through; color: var(--muted); }
        .withheld { color: var(--warn); font-style: italic; }
        .hashes td { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .75rem; overflow-wrap: anywhere; }
        ol.steps li { margin-bottom: .4rem; }
        @media print {
          @page { size: A4; margin: 16mm 14mm; }
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2 { break-after: avoid; }
          .claim, tr, dl.facts { break-inside: avoid; }
          thead { display: table-header-group; }
          pre { white-space: pre-wrap; }
        }
        """;
}
