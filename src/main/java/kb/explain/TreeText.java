package kb.explain;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/** Prints an explanation tree with box-drawing branches, one node a line. */
public final class TreeText {
    private TreeText() {
    }

    public static void print(Node root, PrintWriter out) {
        print(root, out, TreeText::text);
    }

    /** The tree with each line said by {@code line} (e.g. in another language, {@code NodeWords::line}). */
    public static void print(Node root, PrintWriter out, Function<Node, String> line) {
        out.println(kb.report.Printable.line(line.apply(root)));
        printChildren(root.children(), "", out, line);
        out.flush();
    }

    private static void printChildren(List<Node> children, String indent, PrintWriter out, Function<Node, String> line) {
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            Node child = children.get(i);
            out.println(indent + (last ? "└─ " : "├─ ") + kb.report.Printable.line(line.apply(child)));
            printChildren(child.children(), indent + (last ? "   " : "│  "), out, line);
        }
    }

    static String text(Node n) {
        if (n.rule() == null) {
            return n.text();
        }
        return n.text() + " " + n.rule().id() + " \"" + n.rule().name() + "\" (" + n.rule().location() + ")";
    }
}
