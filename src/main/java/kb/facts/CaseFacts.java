package kb.facts;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything read from one case folder, in a fixed order. */
public final class CaseFacts {
    private final Path folder;
    private final Partnership partnership;
    private final Map<String, Source> sources;
    private final List<Fact> facts;
    private final Map<String, Path> fileOf;
    private final Path lawFolder;
    private volatile Map<String, Fact> byId;

    public CaseFacts(Path folder, Partnership partnership, Map<String, Source> sources,
                     List<Fact> facts, Map<String, Path> fileOf) {
        this(folder, partnership, sources, facts, fileOf, null);
    }

    /** @param lawFolder the law library the facts include, null when none was read */
    public CaseFacts(Path folder, Partnership partnership, Map<String, Source> sources,
                     List<Fact> facts, Map<String, Path> fileOf, Path lawFolder) {
        this.lawFolder = lawFolder;
        this.folder = folder;
        this.partnership = partnership;
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.facts = List.copyOf(facts);
        this.fileOf = Map.copyOf(fileOf);
    }

    public Path folder() {
        return folder;
    }

    /** The law library folder whose instruments are among the facts; null when none was read. */
    public Path lawFolder() {
        return lawFolder;
    }

    public Partnership partnership() {
        return partnership;
    }

    public Map<String, Source> sources() {
        return sources;
    }

    /** All facts, in the order of {@link FactFileKind} and then of each file; the law library's instruments last. */
    public List<Fact> facts() {
        return facts;
    }

    /** A fact by id; the index is built on first use, since only explanations look facts up. */
    public Optional<Fact> fact(String id) {
        Map<String, Fact> index = byId;
        if (index == null) {
            index = new HashMap<>();
            for (Fact f : facts) {
                index.putIfAbsent(f.getId(), f);
            }
            byId = index;
        }
        return Optional.ofNullable(index.get(id));
    }

    /** The file a fact (or the case, under its own id) was read from. */
    public Path fileOf(String id) {
        return fileOf.get(id);
    }
}
