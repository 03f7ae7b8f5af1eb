package kb.report.html;

import static kb.report.html.Html.anchor;
import static kb.report.html.Html.esc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.engine.RuleInfo;
import kb.explain.FactRef;
import kb.explain.Node;
import kb.facts.CaseFacts;
import kb.facts.Partnership;
import kb.facts.Source;
import kb.labels.NodeWords;
import kb.labels.Words;

/**
 * One case as one self-contained HTML page: verdict, the six factors, each factor's derivation
 * (collapsible, readable without script), a timeline drawn as inline SVG, the numbered sources
 * and a footer for auditors. Nothing is fetched: style and script are inline, and the only
 * addresses on the page are the sources' own links. Every text from facts, rules and labels is
 * escaped.
 */
public final class CaseReportPage {
    private final ReportInput in;
    private final NodeWords nodes;
    private final Words w;
    private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();

    public CaseReportPage(ReportInput in, NodeWords nodes) {
        this.in = in;
        this.nodes = nodes;
        this.w = nodes.words();
        int n = 1;
        for (String id : in.facts().sources().keySet()) {
            sourceNumbers.put(id, n++);
        }
    }

    public String render(Provenance provenance) {
        Partnership p = in.facts().partnership();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(w.lang().code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // An empty icon: the browser asks for no favicon.
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(esc(w.heading("report") + ": " + p.getTitle())).append("</title>\n")
                .append("<style>\n").append(Style.CSS).append("</style>\n</head>\n<body>\n");
        header(h, p);
        h.append("<main>\n");
        verdict(h);
        factorTable(h);
        derivations(h);
        timeline(h);
        whatIf(h);
        sources(h);
        h.append("</main>\n");
        footer(h, provenance);
        h.append("<script>\n").append(Style.SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private void header(StringBuilder h, Partnership p) {
        h.append("<header>\n<h1>").append(esc(p.getTitle())).append("</h1>\n");
        h.append("<p class=\"meta\">").append(esc(w.heading("report"))).append(" · ").append(esc(w.heading("case")))
                .append(" <code>").append(esc(p.getId())).append("</code> · ").append(esc(w.heading("period"))).append(' ')
                .append(p.getPeriod().getFrom()).append('–').append(p.getPeriod().getTo()).append("</p>\n");
        if (p.isHypothetical()) {
            h.append("<p class=\"hypothetical\">").append(esc(w.heading("hypotheticalCase"))).append("</p>\n");
        }
        h.append("</header>\n");
    }

    private void verdict(StringBuilder h) {
        h.append("<section id=\"verdict\" aria-labelledby=\"h-verdict\">\n<h2 id=\"h-verdict\">")
                .append(esc(w.heading("verdict"))).append("</h2>\n");
        h.append("<p class=\"verdict\">").append(esc(w.heading("capacity"))).append(": ");
        if (in.verdict() == null) {
            h.append(esc(w.heading("noVerdict")));
        } else {
            h.append("<span data-verdict=\"").append(esc(in.verdict())).append("\">").append(esc(w.verdict(in.verdict())))
                    .append("</span> <code>").append(esc(in.verdict())).append("</code>");
        }
        h.append("</p>\n<p class=\"count\">").append(in.met()).append(' ').append(esc(w.heading("of"))).append(' ')
                .append(in.factors().size()).append(' ').append(esc(w.heading("factorsMet")));
        if (in.undetermined() != null) {
            h.append(", ").append(in.undetermined()).append(' ').append(esc(w.heading("factorsUndetermined")));
        }
        h.append("</p>\n");
        if (in.verdictRow() != null) {
            h.append("<p>").append(esc(w.heading("verdictRow"))).append(": ").append(rule(in.verdictRow())).append("</p>\n");
        }
        if (!in.possibleVerdicts().isEmpty()) {
            h.append("<p>").append(esc(w.heading("possibleVerdicts"))).append(": ")
                    .append(esc(String.join(", ", in.possibleVerdicts().stream().map(w::verdict).toList()))).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private void factorTable(StringBuilder h) {
        h.append("<section id=\"factors\" aria-labelledby=\"h-factors\">\n<h2 id=\"h-factors\">")
                .append(esc(w.heading("factors"))).append("</h2>\n<table class=\"factors\">\n<thead><tr>")
                .append("<th scope=\"col\">ID</th><th scope=\"col\">").append(esc(w.heading("factor")))
                .append("</th><th scope=\"col\">").append(esc(w.heading("result")))
                .append("</th><th scope=\"col\">").append(esc(w.heading("reason")))
                .append("</th><th scope=\"col\">").append(esc(w.heading("location"))).append("</th></tr></thead>\n<tbody>\n");
        for (ReportInput.Factor f : in.factors()) {
            String id = f.definition().getId();
            h.append("<tr id=\"factor-").append(esc(id)).append("\"><th scope=\"row\">").append(esc(id)).append("</th><td>")
                    .append("<a href=\"#derivation-").append(esc(id)).append("\">").append(esc(w.factorName(f.definition())))
                    .append("</a></td>").append(resultCell(f.status())).append("<td>");
            if (f.decidedBy() == null) {
                h.append(esc(w.heading("noRule"))).append("</td><td></td></tr>\n");
            } else {
                h.append("<span class=\"rule-id\">").append(esc(f.decidedBy().id())).append("</span> ")
                        .append(esc(w.sentence(f.decidedBy()))).append("</td><td class=\"loc\">")
                        .append(esc(f.decidedBy().location())).append("</td></tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** The result in words, with a sign; colour is only a help. */
    private String resultCell(String status) {
        String sign = switch (status) {
            case "MET" -> "✓";
            case "NOT_MET" -> "✗";
            default -> "?";
        };
        return "<td class=\"result " + esc(status) + "\" data-status=\"" + esc(status) + "\"><span aria-hidden=\"true\">"
                + sign + "</span> " + esc(w.result(status)) + "</td>";
    }

    private void derivations(StringBuilder h) {
        h.append("<section id=\"derivation\" aria-labelledby=\"h-derivation\">\n<h2 id=\"h-derivation\">")
                .append(esc(w.heading("derivation"))).append("</h2>\n");
        h.append("<p class=\"controls\" id=\"tree-controls\" hidden><button type=\"button\" id=\"expand-all\">")
                .append(esc(w.heading("expandAll"))).append("</button><button type=\"button\" id=\"collapse-all\">")
                .append(esc(w.heading("collapseAll"))).append("</button></p>\n");
        for (ReportInput.Factor f : in.factors()) {
            String id = f.definition().getId();
            h.append("<details class=\"factor\" id=\"derivation-").append(esc(id)).append("\">\n<summary>")
                    .append(esc(id)).append(' ').append(esc(w.factorName(f.definition()))).append(": <span class=\"result ")
                    .append(esc(f.status())).append("\">").append(esc(w.result(f.status()))).append("</span></summary>\n");
            h.append("<ul class=\"tree\">\n");
            for (Node child : f.derivation().children()) {
                node(h, child, false);
            }
            h.append("</ul>\n</details>\n");
        }
        h.append("</section>\n");
    }

    private void node(StringBuilder h, Node n, boolean notCounted) {
        h.append("<li class=\"").append(esc(n.kind())).append(notCounted ? " not-counted" : "").append('"');
        if (n.fact() != null) {
            h.append(" data-fact=\"").append(esc(n.fact().id())).append('"');
        }
        h.append('>');
        if (n.fact() != null) {
            h.append(fact(n.fact()));
        } else if (n.kind().equals("indicator")) {
            String[] parts = n.text().split(" ", 2);
            String text = w.indicator(parts[0]);
            h.append("<strong>").append(esc(parts[0])).append("</strong>");
            if (text != null) {
                h.append(" ").append(esc(text));
            }
            h.append(": <span class=\"phrase\">").append(esc(w.tree(parts.length > 1 ? parts[1] : ""))).append("</span>");
        } else if (n.rule() != null) {
            h.append("<span class=\"phrase\">").append(esc(nodes.text(n))).append("</span> ").append(rule(n.rule()));
        } else {
            h.append(esc(nodes.text(n)));
        }
        if (!n.children().isEmpty()) {
            h.append("\n<ul>\n");
            boolean rejected = n.kind().equals("candidates");
            for (Node c : n.children()) {
                node(h, c, rejected);
            }
            h.append("</ul>\n");
        }
        h.append("</li>\n");
    }

    private String rule(RuleInfo r) {
        return "<span class=\"rule-id\">" + esc(r.id()) + "</span> “" + esc(w.sentence(r)) + "” <span class=\"loc\">("
                + esc(r.location()) + ")</span>";
    }

    private String fact(FactRef f) {
        return "<span class=\"fact-line\"><span class=\"kind\">" + esc(w.factKind(f.kind())) + "</span> <code>" + esc(f.id())
                + "</code>" + (f.date() == null ? "" : ", <time>" + esc(f.date()) + "</time>") + ": "
                + esc(nodes.factBody(f)) + "</span>"
                + sourceLinks(f.sources().stream().map(Source::getId).toList());
    }

    private String sourceLinks(List<String> ids) {
        StringBuilder b = new StringBuilder();
        for (String id : ids) {
            Integer n = sourceNumbers.get(id);
            if (n != null) {
                b.append(" <a class=\"src\" href=\"#").append(esc(anchor("source-", id))).append("\" title=\"")
                        .append(esc(in.facts().sources().get(id).getCitation())).append("\">[").append(n).append("]</a>");
            }
        }
        return b.toString();
    }

    private void timeline(StringBuilder h) {
        CaseFacts facts = in.facts();
        List<TimelineSvg.Event> events = TimelineSvg.events(facts);
        h.append("<section id=\"timeline\" aria-labelledby=\"h-timeline\">\n<h2 id=\"h-timeline\">")
                .append(esc(w.heading("timeline"))).append("</h2>\n<p>").append(esc(w.heading("timelineNote"))).append("</p>\n");
        h.append(TimelineSvg.svg(facts, events, w));
        h.append("<ol class=\"events\">\n");
        for (TimelineSvg.Event e : TimelineSvg.dots(events)) {
            h.append("<li>").append(fact(FactRef.of(e.fact(), facts))).append("</li>\n");
        }
        h.append("</ol>\n<ul class=\"agreements\">\n");
        for (TimelineSvg.Event e : events) {
            if (e.agreement()) {
                h.append("<li>").append(fact(FactRef.of(e.fact(), facts))).append("</li>\n");
            }
        }
        h.append("</ul>\n</section>\n");
    }

    private void whatIf(StringBuilder h) {
        if (in.whatIf().isEmpty()) {
            return;
        }
        h.append("<section id=\"what-if\" aria-labelledby=\"h-what-if\">\n<h2 id=\"h-what-if\">")
                .append(esc(w.heading("whatIf"))).append("</h2>\n<ul>\n");
        in.whatIf().forEach(line -> h.append("<li>").append(esc(line)).append("</li>\n"));
        h.append("</ul>\n</section>\n");
    }

    private void sources(StringBuilder h) {
        h.append("<section id=\"sources\" aria-labelledby=\"h-sources\">\n<h2 id=\"h-sources\">")
                .append(esc(w.heading("sources"))).append("</h2>\n<ol class=\"sources\">\n");
        for (Source s : in.facts().sources().values()) {
            h.append("<li id=\"").append(esc(anchor("source-", s.getId()))).append("\">").append(esc(s.getCitation()))
                    .append(" <code>").append(esc(s.getId())).append("</code>");
            if (Html.isWebAddress(s.getUrl())) {
                h.append(" <a href=\"").append(esc(s.getUrl())).append("\" rel=\"noreferrer\">").append(esc(s.getUrl()))
                        .append("</a>");
            } else if (s.getNoUrl() != null) {
                h.append(" <span class=\"no-url\">").append(esc(s.getNoUrl())).append("</span>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n</section>\n");
    }

    private void footer(StringBuilder h, Provenance p) {
        h.append("<footer aria-labelledby=\"h-auditors\">\n<h2 id=\"h-auditors\">").append(esc(w.heading("auditors")))
                .append("</h2>\n<p>").append(esc(w.heading("tool"))).append(": ").append(esc(p.tool()))
                .append(" · Drools ").append(esc(p.drools())).append(" · Java ").append(esc(p.java())).append("</p>\n");
        h.append("<p>").append(esc(w.heading("reproduce"))).append(":<br><code class=\"command\">").append(esc(p.command()))
                .append("</code></p>\n");
        hashes(h, w.heading("ruleFiles"), p.ruleFiles());
        hashes(h, w.heading("factFiles"), p.factFiles());
        h.append("</footer>\n");
    }

    private void hashes(StringBuilder h, String caption, Map<String, String> files) {
        h.append("<table class=\"hashes\">\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(esc(w.heading("file"))).append("</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n");
        files.forEach((path, sha) -> h.append("<tr><td>").append(esc(path)).append("</td><td class=\"hash\">").append(esc(sha))
                .append("</td></tr>\n"));
        h.append("</tbody>\n</table>\n");
    }
}
