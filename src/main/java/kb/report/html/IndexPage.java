package kb.report.html;

import static kb.report.html.Html.esc;

import java.util.List;
import kb.labels.Words;

/** The page that links the reports of several cases, one row per case, in the order given (sorted by case). */
public final class IndexPage {
    /** One case: the file name of its page, its title, verdict id (or null) and factors met. */
    public record Entry(String file, String caseId, String title, boolean hypothetical, String verdict, long met, int factors) {
    }

    private IndexPage() {
    }

    public static String render(List<Entry> entries, Words w, Provenance provenance) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(w.lang().code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n<title>").append(esc(w.heading("index"))).append("</title>\n")
                .append("<style>\n").append(Style.CSS).append("</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(esc(w.heading("index"))).append("</h1>\n<table>\n<thead><tr><th scope=\"col\">")
                .append(esc(w.heading("case"))).append("</th><th scope=\"col\">").append(esc(w.heading("capacity")))
                .append("</th><th scope=\"col\">").append(esc(w.heading("factorsMet"))).append("</th></tr></thead>\n<tbody>\n");
        for (Entry e : entries) {
            h.append("<tr><th scope=\"row\"><a href=\"").append(esc(e.file())).append("\">").append(esc(e.title()))
                    .append("</a> <code>").append(esc(e.caseId())).append("</code>")
                    .append(e.hypothetical() ? " <span class=\"hypothetical\">" + esc(w.heading("hypotheticalCase")) + "</span>" : "")
                    .append("</th><td>").append(e.verdict() == null ? esc(w.heading("noVerdict")) : esc(w.verdict(e.verdict())))
                    .append("</td><td>").append(e.met()).append(' ').append(esc(w.heading("of"))).append(' ').append(e.factors())
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</main>\n<footer>\n<p>").append(esc(w.heading("tool"))).append(": ")
                .append(esc(provenance.tool())).append(" · Drools ").append(esc(provenance.drools())).append(" · Java ")
                .append(esc(provenance.java())).append("</p>\n<p>").append(esc(w.heading("reproduce")))
                .append(":<br><code class=\"command\">").append(esc(provenance.command())).append("</code></p>\n</footer>\n</body>\n</html>\n");
        return h.toString();
    }
}
