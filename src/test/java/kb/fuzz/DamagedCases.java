package kb.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import kb.facts.FactFileKind;

/** Damaged copies of a case for the fuzz tests: its files, random mutations of them, and one folder to write them to. */
final class DamagedCases {
    private DamagedCases() {
    }

    /** The case's files by name, in name order, without {@code expected.json} (it is not read as facts). */
    static Map<String, byte[]> filesOf(Path caseFolder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(caseFolder)) {
            for (Path f : list.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.equals(FactFileKind.EXPECTED_FILE)) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }

    /** One to {@code most} mutations, each of a random kind on a random file; the same seed gives the same ones. */
    static List<Mutation> randomMutations(Random random, List<String> files, int most) {
        Mutation.Kind[] kinds = Mutation.Kind.values();
        List<Mutation> mutations = new ArrayList<>();
        for (int m = 0, count = 1 + random.nextInt(most); m < count; m++) {
            mutations.add(new Mutation(kinds[random.nextInt(kinds.length)], files.get(random.nextInt(files.size())),
                    random.nextLong()));
        }
        return mutations;
    }

    /** Writes the damaged case over the previous one in {@code work}: one folder for all tries keeps the disk quiet. */
    static Path write(Path work, Map<String, byte[]> files) {
        Path folder = work.resolve("case");
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                if (f.getValue() != null) {
                    Files.write(folder.resolve(f.getKey()), f.getValue());
                } else {
                    Files.deleteIfExists(folder.resolve(f.getKey()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    static void delete(Path work) throws IOException {
        try (Stream<Path> all = Files.walk(work)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
