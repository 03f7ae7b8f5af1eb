package kb.report.html;

/** The page's inline style and script: no file, font or library is fetched. */
final class Style {
    private Style() {
    }

    static final String CSS = """
            :root { --ink: #1a1a1a; --muted: #555; --line: #c8c8c8; --met: #e3f4e6; --met-ink: #14532d;
                    --not: #fde8e8; --not-ink: #7f1d1d; --und: #fdf6dc; --und-ink: #6b4e00; --band: #eef3fb; }
            * { box-sizing: border-box; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
                   color: var(--ink); margin: 0 auto; max-width: 72rem; padding: 1.5rem; line-height: 1.45; }
            h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
            h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
            h3 { font-size: 1.05rem; }
            .meta { color: var(--muted); margin: 0; }
            .hypothetical { font-weight: bold; color: var(--not-ink); }
            .verdict { font-size: 1.4rem; font-weight: bold; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
            th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
            thead th { background: #f3f3f3; }
            caption { text-align: left; color: var(--muted); padding-bottom: .3rem; }
            .result { font-weight: bold; white-space: nowrap; }
            .MET { background: var(--met); color: var(--met-ink); }
            .NOT_MET { background: var(--not); color: var(--not-ink); }
            .UNDETERMINED { background: var(--und); color: var(--und-ink); }
            code, .loc { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .88em; }
            details.factor { border: 1px solid var(--line); border-radius: 4px; margin: .4rem 0; padding: .2rem .6rem; }
            details.factor > summary { cursor: pointer; font-weight: bold; padding: .2rem 0; }
            ul.tree, ul.tree ul { list-style: none; padding-left: 1.1rem; margin: .1rem 0; border-left: 1px dotted var(--line); }
            ul.tree li { margin: .15rem 0; }
            .phrase { font-style: italic; color: var(--muted); }
            .rule-id { font-weight: bold; }
            .not-counted > .fact-line { text-decoration: none; }
            .kind { font-variant: small-caps; color: var(--muted); }
            .src a { text-decoration: none; }
            .controls button { font: inherit; margin-right: .4rem; }
            svg.timeline { width: 100%; height: auto; border: 1px solid var(--line); background: #fff; }
            svg .period { fill: var(--band); }
            svg .period-label { font-size: 12px; fill: #2b4a7a; text-anchor: end; }
            svg .axis { stroke: #333; stroke-width: 1.5; }
            svg .tick { stroke: #333; }
            svg .year { font-size: 12px; text-anchor: middle; fill: #333; }
            svg .agreement { stroke: #7c2d12; stroke-width: 2; stroke-dasharray: 5 3; }
            svg .agreement-label { font-size: 12px; fill: #7c2d12; font-weight: bold; }
            svg .gap { fill: none; stroke: #999; stroke-dasharray: 3 3; }
            svg .gap-label { font-size: 12px; text-anchor: middle; fill: #555; font-style: italic; }
            svg .stem { stroke: #888; }
            svg .span { stroke: #1e3a8a; stroke-opacity: 0.35; stroke-width: 6; stroke-linecap: butt; }
            svg .agreement-span { fill: #7c2d12; fill-opacity: 0.10; }
            svg .dot { fill: #fff; stroke: #1e3a8a; stroke-width: 2; }
            svg .dot-number { font-size: 10px; text-anchor: middle; fill: #1e3a8a; font-weight: bold; }
            ol.sources li, ol.events li { margin: .25rem 0; }
            ol.sources li:target { background: #fff7c2; }
            footer { margin-top: 2.5rem; border-top: 2px solid var(--line); font-size: .9rem; }
            footer td.hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .8em; word-break: break-all; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              .controls { display: none; }
              h2 { break-after: avoid; }
              tr, li, details.factor { break-inside: avoid; }
              a { color: inherit; }
              ol.sources a::after { content: ""; }
              .MET, .NOT_MET, .UNDETERMINED { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    /** Expand and collapse all factor trees; open them all for printing. The page reads fine without it. */
    static final String SCRIPT = """
            (function () {
              var all = function () { return document.querySelectorAll('details.factor'); };
              var controls = document.getElementById('tree-controls');
              if (controls) {
                controls.hidden = false;
                document.getElementById('expand-all').addEventListener('click', function () {
                  all().forEach(function (d) { d.open = true; });
                });
                document.getElementById('collapse-all').addEventListener('click', function () {
                  all().forEach(function (d) { d.open = false; });
                });
              }
              var closed = [];
              window.addEventListener('beforeprint', function () {
                closed = Array.prototype.filter.call(all(), function (d) { return !d.open; });
                closed.forEach(function (d) { d.open = true; });
              });
              window.addEventListener('afterprint', function () {
                closed.forEach(function (d) { d.open = false; });
              });
            })();
            """;
}
