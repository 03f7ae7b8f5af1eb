package kb.explain;

import java.io.PrintWriter;
import java.util.List;

/** Prints an explanation tree with box-drawing branches, one node a line. */
public final class TreeText {
    private TreeText() {
    }

    public static void print(Node root, PrintWriter out) {
        out.println(kb.report.Printable.line(text(root)));
        printChildren(root.children(), "", out);
        out.flush();
    }

    private static void printChildren(List<Node> children, String indent, PrintWriter out) {
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            Node child = children.get(i);
            out.println(indent + (last ? "└─ " : "├─ ") + kb.report.Printable.line(text(child)));
            printChildren(child.children(), indent + (last ? "   " : "│  "), out);
        }
    }

    static String text(Node n) {
        if (n.rule() == null) {
            return n.text();
        }
        return n.text() + " " + n.rule().id() + " \"" + n.rule().name() + "\" (" + n.rule().location() + ")";
    }
}
