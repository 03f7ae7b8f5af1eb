package kb.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Reads what a parsed rule's conditions match and read, and what its consequence makes, from
 * Drools' descriptors. Expressions are Drools' own text of a constraint (no comments left);
 * only the names in them are looked at.
 */
final class DescrReader {
    private final Set<String> globalNames;
    private final IntUnaryOperator lineMap;
    private final Set<String> reads = new TreeSet<>();
    private final List<ParameterRead> parameterReads = new ArrayList<>();
    private final Set<String> globals = new TreeSet<>();
    private final List<ModelRule.PatternAt> patterns = new ArrayList<>();
    private final List<ModelRule.ExpressionAt> expressions = new ArrayList<>();

    /** {@code lineMap} turns a line of the parsed text into the line the analyst sees (identity for DRL). */
    private DescrReader(Set<String> globalNames, IntUnaryOperator lineMap) {
        this.globalNames = globalNames;
        this.lineMap = lineMap;
    }

    static ModelRule read(RuleDescr rule, String file, int line, Set<String> globalNames, IntUnaryOperator lineMap,
                          java.util.Map<String, String> metadata) {
        DescrReader r = new DescrReader(globalNames, lineMap);
        if (rule.getLhs() != null) {
            r.walk(rule.getLhs());
        }
        String consequence = Code.withoutComments(String.valueOf(rule.getConsequence() == null ? "" : rule.getConsequence()));
        Set<String> inserts = new LinkedHashSet<>(Code.typesMade(consequence));
        r.globals.addAll(Code.namesUsed(consequence, globalNames));
        return new ModelRule(rule.getName(), file, line, metadata, Set.copyOf(r.reads), List.copyOf(r.parameterReads),
                Set.copyOf(r.globals), Set.copyOf(inserts), List.copyOf(r.patterns), List.copyOf(r.expressions),
                rule.getConsequenceLine() > 0 ? lineMap.applyAsInt(rule.getConsequenceLine()) : line);
    }

    private void walk(Object node) {
        if (node instanceof PatternDescr p) {
            String type = simple(p.getObjectType());
            if (!(p.getSource() instanceof AccumulateDescr)) { // an accumulate's result is not a fact read
                reads.add(type);
            }
            patterns.add(new ModelRule.PatternAt(type, lineMap.applyAsInt(p.getLine())));
            p.getDescrs().forEach(this::walk);
            if (p.getSource() != null) {
                walk(p.getSource());
            }
        } else if (node instanceof AccumulateDescr a) {
            if (a.getInput() != null) {
                walk(a.getInput());
            }
            for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) {
                for (String param : f.getParams()) {
                    expression(param, a.getLine());
                }
            }
        } else if (node instanceof FromDescr f) {
            expression(f.getExpression(), f.getLine());
        } else if (node instanceof EvalDescr e) {
            expression(String.valueOf(e.getContent()), e.getLine());
        } else if (node instanceof ExprConstraintDescr c) {
            expression(c.getExpression(), c.getLine());
        } else if (node instanceof ConditionalElementDescr ce) {
            for (Object child : ce.getDescrs()) {
                walk(child);
            }
        } else if (node instanceof BaseDescr b && b.getText() != null) {
            expression(b.getText(), b.getLine());
        }
    }

    private void expression(String text, int line) {
        if (text == null) {
            return;
        }
        expressions.add(new ModelRule.ExpressionAt(text.strip(), lineMap.applyAsInt(Math.max(line, 1))));
        globals.addAll(Code.namesUsed(text, globalNames));
        for (Code.Call call : Code.parameterCalls(text)) {
            parameterReads.add(new ParameterRead(call.method(), call.argument(), lineMap.applyAsInt(Math.max(line, 1) + call.lineOffset())));
        }
    }

    private static String simple(String type) {
        if (type == null) {
            return "?";
        }
        int dot = type.lastIndexOf('.');
        return dot >= 0 ? type.substring(dot + 1) : type;
    }
}
