package kb.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kb.ExitCode;
import kb.audit.AuditRecord;
import kb.batch.CaseFailure;
import kb.batch.CaseFolders;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.engine.RuleFile;
import kb.engine.Trace;
import kb.facts.CaseFacts;
import kb.labels.NodeWords;
import kb.report.AtomicFiles;
import kb.report.html.CaseReportPage;
import kb.report.html.EvaluationAdapter;
import kb.report.html.IndexPage;
import kb.report.html.Provenance;
import kb.report.html.ReportInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kb report CASE}: one self-contained HTML page per case, for people who do not use a
 * terminal; several cases give a folder with an index page and one page per case.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        // kb --help shows the first line only: it is a whole sentence.
        description = {"Write a report people open in a browser: one self-contained HTML page per case.",
            "No network, no external font or script: the verdict, the six factors, how each was decided, a timeline,",
            "the numbered sources and, for auditors, versions, file hashes and the command that made it.",
            "Several cases (or a folder of case folders) give a folder: index.html and one page per case."})
public final class ReportCommand extends KbCommand {
    @Parameters(paramLabel = "CASE", arity = "1..*", description = "Case folder(s), e.g. facts/batam-gimje, or a folder of case folders.")
    List<Path> cases = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The page to write (default: CASE-ID.html); for several cases a folder (default: report). "
                    + "Written whole (temp file, then rename) or not at all.")
    Path output;

    @Mixin
    LangOption lang;

    @Mixin
    RulesOptions rules;

    @Mixin
    FactsOptions facts;

    @Override
    protected int execute() throws Exception {
        lang.lang(); // a bad --lang is refused before any work
        boolean one = cases.size() == 1 && !CaseFolders.holdsCases(cases.get(0));
        if (one) {
            return one(cases.get(0));
        }
        return several();
    }

    private int one(Path caseFolder) throws Exception {
        if (output != null && Files.isDirectory(output)) {
            throw new UsageException("--output " + output + ": is a folder; name the file to write, e.g. report.html");
        }
        CaseFacts loaded = facts.load(caseFolder);
        Evaluator evaluator = rules.evaluator();
        NodeWords words = lang.nodeWords(evaluator.rules());
        Path target = output != null ? output : Path.of(loaded.partnership().getId() + ".html");
        String page = page(evaluator, words, caseFolder, loaded);
        write(target, page);
        return ExitCode.OK;
    }

    private int several() throws Exception {
        CaseFolders.Found found = CaseFolders.expand(cases);
        var err = spec.commandLine().getErr();
        Map<Path, CaseFacts> loaded = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        found.problems().stream().map(CaseFailure::message).forEach(problems::add);
        for (Path c : found.cases()) {
            try {
                loaded.put(c, facts.load(c));
            } catch (kb.facts.BadFactsException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            // A report set with a case missing would look complete: write nothing.
            problems.forEach(err::println);
            err.println("no report written");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        Path folder = output != null ? output : Path.of("report");
        refuseToReplace(folder);
        Evaluator evaluator = rules.evaluator();
        NodeWords words = lang.nodeWords(evaluator.rules());
        Map<String, String> pages = new LinkedHashMap<>();
        List<IndexPage.Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>(Set.of("index.html"));
        for (Map.Entry<Path, CaseFacts> c : loaded.entrySet()) {
            CaseFacts f = c.getValue();
            String name = f.partnership().getId() + ".html";
            for (int i = 2; !names.add(name); i++) {
                name = f.partnership().getId() + "-" + i + ".html";
            }
            Evaluation e = evaluator.evaluate(f, Trace.FULL);
            ReportInput in = EvaluationAdapter.read(e, evaluator.rules());
            pages.put(name, new CaseReportPage(in, words).render(provenance(evaluator, c.getKey(), f)));
            entries.add(new IndexPage.Entry(name, f.partnership().getId(), f.partnership().getTitle(),
                    f.partnership().isHypothetical(), in.verdict(), in.met(), in.factors().size()));
        }
        pages.put("index.html", IndexPage.render(entries, words.words(), provenance(evaluator, null, null)));
        AtomicFiles.writeFolder(folder, staged -> {
            for (Map.Entry<String, String> p : pages.entrySet()) {
                try (OutputStream out = staged.newFile(p.getKey())) {
                    out.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        var out = spec.commandLine().getOut();
        out.println("wrote " + folder.resolve("index.html") + " and " + entries.size() + " case pages");
        out.flush();
        return ExitCode.OK;
    }

    /** The folder is replaced whole: never one that holds anything but an earlier report's pages. */
    private static void refuseToReplace(Path folder) throws UsageException, IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("--output " + folder + ": is a file; several cases need a folder");
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> inside = Files.list(folder)) {
                List<Path> other = inside.filter(p -> Files.isDirectory(p) || !p.getFileName().toString().endsWith(".html")).toList();
                if (!other.isEmpty()) {
                    throw new UsageException("--output " + folder + ": holds " + other.get(0).getFileName()
                            + " and the report folder is replaced whole; name a new or empty folder, or one holding only an earlier report");
                }
            }
        }
    }

    private String page(Evaluator evaluator, NodeWords words, Path caseFolder, CaseFacts loaded) throws Exception {
        // The derivation needs the classification of every candidate fact: the full trace keeps it.
        Evaluation e = evaluator.evaluate(loaded, Trace.FULL);
        return new CaseReportPage(EvaluationAdapter.read(e, evaluator.rules(), whatIf(evaluator, loaded)), words)
                .render(provenance(evaluator, caseFolder, loaded));
    }

    /** {@code loaded}: the facts of {@code caseFolder}, whose files are named with the hashes of the bytes read. */
    /**
     * One line per better verdict: the smallest change (at most two facts) that reaches it, from the
     * search of kb whatif, each verified by evaluating the changed case. Only on a one-case page:
     * the search takes a second or two per case, too long for an index of many.
     */
    private static List<String> whatIf(Evaluator evaluator, CaseFacts facts) throws Exception {
        int maxChanges = 2;
        kb.whatif.WhatIf.Result r = new kb.whatif.WhatIf(evaluator, new kb.whatif.WhatIf.Options(null, maxChanges, false, 1))
                .run(facts);
        List<String> lines = new ArrayList<>();
        for (kb.whatif.WhatIf.Goal g : r.verdicts()) {
            lines.add(g.result() + ": " + (g.reached() ? String.join("; ", g.suggestions().get(0).describe())
                    : "no change of " + maxChanges + " facts or fewer reaches it (kb whatif --max-changes N searches further)"));
        }
        return lines;
    }

    private Provenance provenance(Evaluator evaluator, Path caseFolder, CaseFacts loaded) throws Exception {
        Map<String, String> ruleFiles = new LinkedHashMap<>();
        String label = rules.rulesFolder().toString().replace('\\', '/');
        for (RuleFile f : evaluator.rules().files()) {
            ruleFiles.put(label + (label.endsWith("/") ? "" : "/") + f.relativePath(), f.sha256());
        }
        Map<String, String> factFiles = new LinkedHashMap<>();
        if (caseFolder != null) {
            String folder = caseFolder.toString().replace('\\', '/');
            // The hashes of the bytes the loader read; facts from elsewhere (none so far) are hashed from disk.
            Map<String, String> read = !loaded.sha256().isEmpty() ? loaded.sha256()
                    : AuditRecord.factFileHashes(caseFolder, loaded.lawFolder());
            read.forEach((name, sha) -> factFiles.put(folder + "/" + name, sha));
        }
        return new Provenance("kb " + kb.Version.tool(), kb.Version.drools(), System.getProperty("java.version"),
                ruleFiles, factFiles, command());
    }

    /** The command as it was given, so an auditor can run it again from the same folder. */
    private String command() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        StringBuilder b = new StringBuilder("./kb");
        if (args.isEmpty() || !args.get(0).equals("report")) {
            b.append(" report");
        }
        for (String a : args) {
            b.append(' ').append(a.matches("[A-Za-z0-9_./=:@%+,-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }

    private void write(Path target, String page) throws UsageException {
        try {
            AtomicFiles.write(target, page.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("--output " + target + ": cannot write it (" + e.getMessage() + ")");
        }
        var out = spec.commandLine().getOut();
        out.println("wrote " + target);
        out.flush();
    }
}
