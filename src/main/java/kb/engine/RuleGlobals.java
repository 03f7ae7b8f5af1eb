package kb.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.facts.Period;
import kb.framework.Parameter;
import kb.framework.Parameters;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.runtime.KieSession;

/**
 * The globals the tool gives the rules: {@code parameters} (from {@code parameters.json}) and
 * {@code period} (the case's period under study). Conditions read them as constants, so a
 * fact is tested against them on its own instead of being joined with a parameter or
 * partnership fact, which would keep an entry per fact in every such join.
 * When the rules are built, every global a file declares and every parameter a condition
 * names is checked, so a typo is a build error at its line rather than a rule that never fires.
 */
final class RuleGlobals {
    /** What a rules file may declare: {@code global kb.framework.Parameters parameters;} and so on. */
    static final Map<String, Class<?>> PROVIDED = providedGlobals();

    private static final Pattern GLOBAL_LINE = Pattern.compile("^\\s*global\\s+[\\w.$]+\\s+(\\w+)");
    /** A read of a parameter in a condition: group 1 is {@code number} or {@code names}, group 2 the id. */
    static final Pattern PARAMETER_READ = Pattern.compile("\\bparameters\\s*\\.\\s*(number|names)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern PARAMETER_PATTERN = Pattern.compile("(?<!\\w)Parameter\\s*\\(");

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

    /** Globals the tool cannot fill, and parameter reads that name no parameter, as {@code path:line: message}. */
    List<String> problems(String folderLabel, List<RuleFile> files) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> g : declared.entrySet()) {
            Class<?> type = PROVIDED.get(g.getKey());
            if (type == null || !type.getName().equals(g.getValue())) {
                problems.add(whereDeclared(folderLabel, files, g.getKey()) + ": global \"" + g.getKey()
                        + "\" is not one the tool provides; declare only " + allowed());
            }
        }
        for (RuleFile f : files) {
            if (!f.isRuleResource()) {
                continue;
            }
            String[] lines = new String(f.bytes(), StandardCharsets.UTF_8).split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                String at = folderLabel + f.relativePath() + ":" + (i + 1) + ": ";
                Matcher read = PARAMETER_READ.matcher(lines[i]);
                while (read.find()) {
                    String problem = readProblem(read.group(1), read.group(2));
                    if (problem != null) {
                        problems.add(at + problem);
                    }
                }
                if (PARAMETER_PATTERN.matcher(lines[i]).find() && !lines[i].strip().startsWith("//")) {
                    problems.add(at + "parameters are not facts; read one in a condition with parameters.number(\"id\")"
                            + " or parameters.names(\"id\")");
                }
            }
        }
        return problems;
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

    private static String whereDeclared(String folderLabel, List<RuleFile> files, String name) {
        for (RuleFile f : files) {
            String[] lines = new String(f.bytes(), StandardCharsets.UTF_8).split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = GLOBAL_LINE.matcher(lines[i]);
                if (f.isRuleResource() && m.find() && m.group(1).equals(name)) {
                    return folderLabel + f.relativePath() + ":" + (i + 1);
                }
            }
        }
        return folderLabel + "?";
    }

    private static String allowed() {
        List<String> lines = new ArrayList<>();
        PROVIDED.forEach((name, type) -> lines.add("global " + type.getName() + " " + name + ";"));
        return String.join(" and ", lines);
    }

    /** Gives a session this case's values; must come before the first insert. */
    void setOn(KieSession session, Period period) {
        if (declared.containsKey("parameters")) {
            session.setGlobal("parameters", parameters);
        }
        if (declared.containsKey("period")) {
            session.setGlobal("period", period);
        }
    }
}
