package kb.facts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Everything read from one case folder, in a fixed order. */
public final class CaseFacts {
    private final Path folder;
    private final Partnership partnership;
    private final Map<String, Source> sources;
    private final List<Fact> facts;
    private final Map<String, Path> fileOf;

    public CaseFacts(Path folder, Partnership partnership, Map<String, Source> sources,
                     List<Fact> facts, Map<String, Path> fileOf) {
        this.folder = folder;
        this.partnership = partnership;
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.facts = List.copyOf(facts);
        this.fileOf = Map.copyOf(fileOf);
    }

    public Path folder() {
        return folder;
    }

    public Partnership partnership() {
        return partnership;
    }

    public Map<String, Source> sources() {
        return sources;
    }

    /** All facts, in the order of {@link FactFileKind} and then of each file. */
    public List<Fact> facts() {
        return facts;
    }

    public Optional<Fact> fact(String id) {
        return facts.stream().filter(f -> f.getId().equals(id)).findFirst();
    }

    /** The file a fact (or the case, under its own id) was read from. */
    public Path fileOf(String id) {
        return fileOf.get(id);
    }

    /** A copy without the facts the filter names, e.g. to show what a conclusion rests on. */
    public CaseFacts without(Predicate<Fact> removed) {
        List<Fact> kept = new ArrayList<>(facts);
        kept.removeIf(removed);
        return new CaseFacts(folder, partnership, sources, kept, fileOf);
    }

    /** A copy with extra facts appended, e.g. a scenario's additions to a base case. */
    public CaseFacts with(List<? extends Fact> added, Map<String, Source> addedSources) {
        List<Fact> all = new ArrayList<>(facts);
        all.addAll(added);
        Map<String, Source> allSources = new LinkedHashMap<>(sources);
        allSources.putAll(addedSources);
        return new CaseFacts(folder, partnership, allSources, all, fileOf);
    }
}
