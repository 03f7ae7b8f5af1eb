package kb.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.KieBase;

/**
 * Compiles the rule files of a folder into a KieBase with the classic (run-time) compiler.
 * Each build gets its own ReleaseId: with a shared one, a failed build would leave the
 * previous rules in the repository and stale rules would run.
 */
final class RuleCompiler {
    /** Where the files sit in the virtual kjar; matches the {@code package kb.rules;} of the DRL. */
    static final String RESOURCE_ROOT = "src/main/resources/kb/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleCompiler() {
    }

    /** Compiles what the model read: each DRL file as written, each decision table as the DRL made from it. */
    static KieBase compile(String folderLabel, RuleModel model) throws RuleBuildException {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("kb.rules", "rules",
                "1.0." + BUILDS.incrementAndGet() + "-" + ProcessHandle.current().pid());
        kfs.generateAndWritePomXML(releaseId);
        for (RuleModel.Source s : model.sources()) {
            kfs.write(RESOURCE_ROOT + s.compiledPath(), s.compiled());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<String> problems = new ArrayList<>();
            AnalystWords words = new AnalystWords(model);
            for (Message m : errors) {
                if (m.getText() != null && m.getText().startsWith("Parser returned a null Package")) {
                    continue; // follows every parse error of the same file; the parse error says more
                }
                problems.add(words.describe(folderLabel, compiledRelative(m.getPath()), Math.max(m.getLine(), 1),
                        oneLine(m.getText())));
            }
            throw new RuleBuildException(problems.stream().distinct().sorted(RuleCompiler::byPathThenLine).toList());
        }
        KieContainer container = ks.newKieContainer(builder.getKieModule().getReleaseId());
        KieBase kieBase = container.getKieBase();
        // The module is only needed to make this KieBase; drop it so repeated builds
        // (kb watch) do not pile up in the repository.
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /** The rules file (relative to the folder) a compiled resource comes from. */
    static String relative(String path) {
        return RuleModel.fileOf(compiledRelative(path));
    }

    /** The path inside the rules folder of a compiled resource ({@code verdict.drl.csv.drl} for the table). */
    static String compiledRelative(String path) {
        if (path == null) {
            return "?";
        }
        int at = path.indexOf("kb/rules/");
        return at >= 0 ? path.substring(at + "kb/rules/".length()) : path;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    private static int byPathThenLine(String a, String b) {
        String[] pa = a.split(":", 3);
        String[] pb = b.split(":", 3);
        int c = pa[0].compareTo(pb[0]);
        if (c != 0) {
            return c;
        }
        try {
            return Integer.compare(Integer.parseInt(pa[1]), Integer.parseInt(pb[1]));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return a.compareTo(b);
        }
    }
}
