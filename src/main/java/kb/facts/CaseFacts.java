package kb.facts;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Everything read from one case folder, in a fixed order. */
public final class CaseFacts {
    private final Path folder;
    private final Partnership partnership;
    private final Map<String, Source> sources;
    private final List<Fact> facts;
    private final Map<String, Path> fileOf;
    private final Path lawFolder;
    private final Map<String, String> sha256;
    private volatile Map<String, Fact> byId;

    public CaseFacts(Path folder, Partnership partnership, Map<String, Source> sources,
                     List<Fact> facts, Map<String, Path> fileOf) {
        this(folder, partnership, sources, facts, fileOf, null);
    }

    /** @param lawFolder the law library the facts include, null when none was read */
    public CaseFacts(Path folder, Partnership partnership, Map<String, Source> sources,
                     List<Fact> facts, Map<String, Path> fileOf, Path lawFolder) {
        this(folder, partnership, sources, facts, fileOf, lawFolder, Map.of());
    }

    /**
     * @param sha256 the SHA-256 (hex) of each fact file as the loader read it, by name in the case
     *               folder ({@code activities.json}) and as {@code law/NAME} for the law library;
     *               null when the loader kept none ({@link CaseLoader#withoutHashes()})
     */
    public CaseFacts(Path folder, Partnership partnership, Map<String, Source> sources,
                     List<Fact> facts, Map<String, Path> fileOf, Path lawFolder, Map<String, String> sha256) {
        this.lawFolder = lawFolder;
        this.sha256 = sha256 == null ? null : Collections.unmodifiableMap(new TreeMap<>(sha256));
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

    /**
     * The SHA-256 (hex) of every fact file read, of the very bytes that were checked and bound,
     * by name ({@code case.json}, {@code law/instruments.json}); empty for facts not read from files.
     */
    public Map<String, String> sha256() {
        if (sha256 == null) {
            // Never an empty map in its place: an audit record or a report would name no file and not say why.
            throw new IllegalStateException(folder + ": read without the hashes of its files (a batch keeps none);"
                    + " read it with a CaseLoader that keeps them");
        }
        return sha256;
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
