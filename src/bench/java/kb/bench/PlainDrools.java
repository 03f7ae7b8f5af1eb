package kb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import kb.framework.Parameter;
import kb.framework.Parameters;
import org.kie.api.runtime.KieSession;

/**
 * The cold-start baseline: the plainest Drools program that builds the same rules folder
 * (every .drl and .drl.csv) and fires once, with nothing of kb around it but the one global
 * value an empty session reads (the F4 threshold, in an accumulate that counts zero). bench/run
 * times it as a fresh JVM beside {@code ./kb evaluate facts/batam-gimje}, on equal terms: with
 * the java flags and class-data archive the launcher uses for that command.
 */
public final class PlainDrools {
    private PlainDrools() {
    }

    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args.length > 0 ? args[0] : "rules");
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("bench", "plain-drools", "1.0.0");
        kfs.generateAndWritePomXML(id);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(rules)) {
            files = walk.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".drl.csv")).sorted().toList();
        }
        for (Path f : files) {
            kfs.write("src/main/resources/kb/rules/" + rules.relativize(f), Files.readAllBytes(f));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            System.err.println(builder.getResults());
            System.exit(1);
        }
        KieSession session = ks.newKieContainer(id).newKieSession();
        session.setGlobal("parameters", new Parameters(List.of(Parameter.ofNumber("min-realised-activities", 1))));
        int fired = session.fireAllRules();
        session.dispose();
        System.out.println("plain Drools: " + files.size() + " rule files built, " + fired + " firings");
    }
}
