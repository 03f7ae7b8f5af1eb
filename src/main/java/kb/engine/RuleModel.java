package kb.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Every rule of a rules folder as Drools' own parser reads it ({@link DrlParser} descriptors),
 * decision tables included (through Drools' spreadsheet compiler, {@link DecisionTable}): for
 * each rule its file and line (a table's row), metadata, the fact types it matches, the
 * parameters and globals it reads and the types it makes; for each file the globals it
 * declares. Built once per build of the rules; the DRL of a table made here is the DRL the
 * tool compiles. This is the one place rule text is read: nothing else scans the files.
 */
public final class RuleModel {
    /** Suffix of the DRL a decision table compiles to, in the tool's virtual kjar. */
    static final String TABLE_DRL = ".drl";

    /** A {@code global Type name;} declaration and where it is written. */
    public record GlobalAt(String name, String type, String file, int line) {
    }

    /**
     * One rule file as read: what Drools compiles for it and how its lines map back.
     * {@code standsAlone}: it parses and declares nothing another file could use (no type,
     * enum, function, query, entry point or window), so it may be compiled on its own
     * ({@link FileByFileCompiler}).
     */
    record Source(RuleFile file, String compiledPath, byte[] compiled, IntUnaryOperator lineMap, DecisionTable table,
                  boolean standsAlone) {
    }

    private final List<Source> sources;
    private final List<ModelRule> rules;
    private final Map<String, ModelRule> byFileAndName;
    private final List<GlobalAt> globals;
    private final List<String> problems;

    private RuleModel(List<Source> sources, List<ModelRule> rules, List<GlobalAt> globals, List<String> problems) {
        this.sources = sources;
        this.rules = rules;
        this.globals = globals;
        this.problems = problems;
        this.byFileAndName = new LinkedHashMap<>();
        rules.forEach(r -> byFileAndName.putIfAbsent(r.file() + "\u0000" + r.name(), r));
    }

    /**
     * Reads every DRL file and decision table of a folder. Problems that stop a table from
     * becoming DRL come back in {@link #problems()} as {@code path:row: message}; a DRL syntax
     * error is left to the compiler, which reports it with its line.
     */
    public static RuleModel read(String folderLabel, List<RuleFile> files) {
        List<Source> sources = new ArrayList<>();
        List<ModelRule> rules = new ArrayList<>();
        List<GlobalAt> globals = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> provided = RuleGlobals.PROVIDED.keySet();
        for (RuleFile f : files) {
            if (!f.isRuleResource()) {
                continue;
            }
            String drl;
            IntUnaryOperator lineMap;
            String compiledPath;
            DecisionTable table = null;
            if (f.isDecisionTable()) {
                table = DecisionTable.compile(folderLabel + f.relativePath(), f, problems);
                if (table == null) {
                    continue;
                }
                drl = table.drl();
                compiledPath = f.relativePath() + TABLE_DRL;
                lineMap = null; // set below, once the generated rules' lines are known
            } else {
                drl = new String(f.bytes(), StandardCharsets.UTF_8);
                compiledPath = f.relativePath();
                lineMap = IntUnaryOperator.identity();
            }
            PackageDescr pkg = parse(drl);
            if (table != null) {
                lineMap = rowsOf(pkg, table);
            }
            sources.add(new Source(f, compiledPath, drl.getBytes(StandardCharsets.UTF_8), lineMap, table, standsAlone(pkg)));
            if (pkg == null) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>(provided);
            for (GlobalDescr g : pkg.getGlobals()) {
                globals.add(new GlobalAt(g.getIdentifier(), g.getType(), f.relativePath(), lineMap.applyAsInt(g.getLine())));
                names.add(g.getIdentifier());
            }
            for (RuleDescr r : pkg.getRules()) {
                int line = table != null ? table.rowOf(r.getName()) : r.getLine();
                rules.add(DescrReader.read(r, f.relativePath(), line, names, lineMap, metadata(r)));
            }
        }
        rules.sort(Comparator.comparing(ModelRule::file).thenComparingInt(ModelRule::line).thenComparing(ModelRule::name));
        return new RuleModel(List.copyOf(sources), List.copyOf(rules), List.copyOf(globals), List.copyOf(problems));
    }

    private static boolean standsAlone(PackageDescr pkg) {
        return pkg != null && pkg.getTypeDeclarations().isEmpty() && pkg.getEnumDeclarations().isEmpty()
                && pkg.getFunctions().isEmpty() && pkg.getFunctionImports().isEmpty()
                && pkg.getEntryPointDeclarations().isEmpty() && pkg.getWindowDeclarations().isEmpty()
                && pkg.getRules().stream().noneMatch(RuleDescr::isQuery);
    }

    private static PackageDescr parse(String drl) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(null, drl);
            return parser.hasErrors() ? null : pkg;
        } catch (DroolsParserException | RuntimeException e) {
            return null; // the compiler reports the same syntax error with its line
        }
    }

    /** A generated line maps to the row of the rule it belongs to; lines before the first rule to row 1. */
    private static IntUnaryOperator rowsOf(PackageDescr pkg, DecisionTable table) {
        TreeMap<Integer, Integer> rowFromLine = new TreeMap<>();
        if (pkg != null) {
            for (RuleDescr r : pkg.getRules()) {
                rowFromLine.put(r.getLine(), table.rowOf(r.getName()));
            }
        }
        return line -> {
            Map.Entry<Integer, Integer> e = rowFromLine.floorEntry(line);
            return e == null ? 1 : e.getValue();
        };
    }

    private static Map<String, String> metadata(RuleDescr r) {
        Map<String, String> meta = new TreeMap<>();
        for (AnnotationDescr a : r.getAnnotations()) {
            Object v = a.getSingleValue();
            meta.put(a.getName(), v == null ? "" : AnnotationDescr.unquote(String.valueOf(v).trim()));
        }
        return Map.copyOf(meta);
    }

    /** Every rule, by file and line. */
    public List<ModelRule> rules() {
        return rules;
    }

    /** The rule of this name in this file (relative to the rules folder). */
    public Optional<ModelRule> rule(String file, String name) {
        return Optional.ofNullable(byFileAndName.get(file + "\u0000" + name));
    }

    /** Every {@code global} declaration, in file order. */
    public List<GlobalAt> globals() {
        return globals;
    }

    /** Decision tables that could not be turned into rules, as {@code path:row: message}. */
    public List<String> problems() {
        return problems;
    }

    List<Source> sources() {
        return sources;
    }

    /**
     * The file and line an analyst sees for a line of what was compiled: a DRL line is itself,
     * a line of a table's generated DRL is the row it came from.
     */
    String[] sourceOf(String compiledPath, int line) {
        for (Source s : sources) {
            if (s.compiledPath().equals(compiledPath)) {
                return new String[] {s.file().relativePath(), String.valueOf(s.lineMap().applyAsInt(line))};
            }
        }
        return new String[] {compiledPath, String.valueOf(line)};
    }

    /**
     * Where a compiler message about a condition belongs when the compiler gives no line: the
     * line of the constraint whose text the message quotes, in the given file; 0 when none.
     */
    int lineOfExpression(String file, String expression) {
        String wanted = expression.replaceAll("\\s+", "");
        for (ModelRule r : rules) {
            if (r.file().equals(file)) {
                for (ModelRule.ExpressionAt e : r.expressions()) {
                    if (e.text().replaceAll("\\s+", "").equals(wanted)) {
                        return e.line();
                    }
                }
            }
        }
        return 0;
    }

    /** The rule of a file whose header is on this line (a DRL line or a table row). */
    Optional<ModelRule> ruleAt(String file, int line) {
        return rules.stream().filter(r -> r.file().equals(file) && r.line() == line).findFirst();
    }

    /** For a rule made from a table row: {@code " (cell G13)"} for the cell of the row holding the word; else empty. */
    String cellHolding(String file, int row, String word) {
        for (Source s : sources) {
            if (s.table() != null && s.file().relativePath().equals(file)) {
                String column = s.table().columnHolding(row, word);
                return column.isEmpty() ? "" : " (cell " + column + row + ")";
            }
        }
        return "";
    }

    /** The rules file a compiled resource path (kjar-relative) stands for. */
    static String fileOf(String compiledPath) {
        return compiledPath.endsWith(".drl.csv" + TABLE_DRL) || compiledPath.endsWith(".drl.xlsx" + TABLE_DRL)
                ? compiledPath.substring(0, compiledPath.length() - TABLE_DRL.length()) : compiledPath;
    }
}
