package kb.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kb.facts.Period;
import kb.facts.SigningDates;
import kb.framework.Parameter;
import kb.framework.Parameters;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.runtime.KieSession;

/**
 * The globals the tool gives the rules: {@code parameters} (from {@code parameters.json}),
 * {@code period} (the case's period under study) and {@code signings} (the signing dates of the
 * case's legal instruments, {@link SigningDates}). Conditions read them as constants, so a
 * fact is tested against them on its own instead of being joined with a parameter,
 * partnership or instrument fact, which would keep an entry per fact in every such join.
 * When the rules are built, every global a file declares and every parameter a condition
 * names is checked, so a typo is a build error at its line rather than a rule that never fires.
 */
final class RuleGlobals {
    /** What a rules file may declare: {@code global kb.framework.Parameters parameters;} and so on. */
    static final Map<String, Class<?>> PROVIDED = providedGlobals();

    private final Map<String, String> declared;
    private final Parameters parameters;

    private RuleGlobals(Map<String, String> declared, Parameters parameters) {
        this.declared = declared;
        this.parameters = parameters;
    }

    private static Map<String, Class<?>> providedGlobals() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("parameters", Parameters.class);
        m.put("period", Period.class);
        m.put("signings", SigningDates.class);
        return m;
    }

    /** The globals the compiled rules declare, with their declared types. */
    static RuleGlobals of(KieBase kieBase, Parameters parameters) {
        Map<String, String> declared = new TreeMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Global g : pkg.getGlobalVariables()) {
                declared.put(g.getName(), g.getType());
            }
        }
        return new RuleGlobals(declared, parameters);
    }

    /**
     * Globals the tool cannot fill, parameter reads that name no parameter or read it as the
     * wrong kind, and parameters matched as facts, as {@code path:line: message}; read from the
     * parser's model, so a name in a comment is never checked.
     */
    List<String> problems(String folderLabel, RuleModel model) {
        List<String> problems = new ArrayList<>();
        for (RuleModel.GlobalAt g : model.globals()) {
            Class<?> type = PROVIDED.get(g.name());
            if (type == null || !type.getName().equals(g.type())) {
                problems.add(folderLabel + g.file() + ":" + g.line() + ": global \"" + g.name()
                        + "\" is not one the tool provides; declare only " + allowed());
            }
        }
        for (ModelRule rule : model.rules()) {
            String at = folderLabel + rule.file() + ":";
            for (ParameterRead read : rule.parameterReads()) {
                String problem = readProblem(read.method(), read.id());
                if (problem != null) {
                    problems.add(at + read.line() + ": " + problem);
                }
            }
            for (ModelRule.PatternAt p : rule.patterns()) {
                if (p.type().equals(Parameter.class.getSimpleName()) || p.type().equals(Parameters.class.getSimpleName())) {
                    problems.add(at + p.line() + ": parameters are not facts; read one in a condition with parameters.number(\"id\")"
                            + " or parameters.names(\"id\")");
                }
            }
        }
        return problems.stream().distinct().toList();
    }

    private String readProblem(String method, String id) {
        Parameter p = parameters.get(id);
        if (p == null) {
            return "no parameter \"" + id + "\" in parameters.json; known: "
                    + String.join(", ", parameters.all().stream().map(Parameter::getId).toList());
        }
        if (method.equals("number") && p.getNumber() == null) {
            return "parameter \"" + id + "\" is a list of names; read it with parameters.names(\"" + id + "\")";
        }
        if (method.equals("names") && p.getNames() == null) {
            return "parameter \"" + id + "\" is a number; read it with parameters.number(\"" + id + "\")";
        }
        return null;
    }

    private static String allowed() {
        List<String> lines = new ArrayList<>();
        PROVIDED.forEach((name, type) -> lines.add("global " + type.getName() + " " + name + ";"));
        return String.join(" and ", lines);
    }

    /** Gives a session this case's values; must come before the first insert. */
    void setOn(KieSession session, Period period, SigningDates signings) {
        if (declared.containsKey("parameters")) {
            session.setGlobal("parameters", parameters);
        }
        if (declared.containsKey("period")) {
            session.setGlobal("period", period);
        }
        if (declared.containsKey("signings")) {
            session.setGlobal("signings", signings);
        }
    }
}
