package kb.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kb.facts.BadFactsException;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.facts.Fact;
import kb.facts.FactFileKind;
import kb.facts.FactValues;
import kb.facts.LawLibrary;
import kb.facts.Limits;
import kb.facts.Partnership;
import kb.facts.Period;
import kb.facts.Source;

/**
 * One case, checked and ready to evaluate: read from a case folder ({@link #fromFolder}) or built
 * in memory ({@link #builder}). Either way it has passed the same checks (each value against
 * the schema of the file it belongs to, unique ids, known sources, dates that run forwards), so
 * a case that exists is a sound one. Immutable.
 */
public final class Case {
    private final CaseFacts facts;
    private final Path folder;
    /** For a case built in memory, the values it was built from by file name ("activities.json"); else empty. */
    private final Map<String, Object> values;

    private Case(CaseFacts facts, Path folder, Map<String, Object> values) {
        this.facts = facts;
        this.folder = folder;
        this.values = values;
    }

    /**
     * Reads a case folder as {@code kb evaluate} does, with the national law library found the
     * same way ({@code law/} beside the case folder, else {@code facts/law} under the working folder).
     *
     * @throws KbException ({@link KbException.Kind#BAD_INPUT}) with every problem of every file
     */
    public static Case fromFolder(Path folder) throws KbException {
        try {
            return new Case(new CaseLoader().load(folder), folder, Map.of());
        } catch (BadFactsException e) {
            throw new KbException(KbException.Kind.BAD_INPUT, e.problems());
        }
    }

    /** A builder for a case made in memory, with the id and title of its {@code case.json}. */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** The case's id. */
    public String id() {
        return facts.partnership().getId();
    }

    /** The case's title, as in its {@code case.json}. */
    public String title() {
        return facts.partnership().getTitle();
    }

    /** True for a made-up case. */
    public boolean hypothetical() {
        return facts.partnership().isHypothetical();
    }

    /** The years under study, both inclusive, as {@code "2013-2018"}. */
    public String period() {
        Period p = facts.partnership().getPeriod();
        return p.getFrom() + "-" + p.getTo();
    }

    /** The folder it was read from; empty for a case built in memory. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /**
     * The same facts judged over other years (as {@code --period FROM-TO}).
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}, or a year is not four digits
     */
    public Case withPeriod(int from, int to) {
        Period p = Period.parse(from + "-" + to);
        CaseFacts f = facts;
        return new Case(new CaseFacts(f.folder(), f.partnership().withPeriod(p), f.sources(), f.facts(), fileOf(f),
                f.lawFolder()), folder, values);
    }

    private static Map<String, Path> fileOf(CaseFacts f) {
        Map<String, Path> fileOf = new LinkedHashMap<>();
        f.facts().forEach(x -> put(fileOf, x.getId(), f.fileOf(x.getId())));
        f.sources().keySet().forEach(id -> put(fileOf, "source:" + id, f.fileOf("source:" + id)));
        put(fileOf, f.partnership().getId(), f.fileOf(f.partnership().getId()));
        return fileOf;
    }

    private static void put(Map<String, Path> map, String key, Path value) {
        if (value != null) {
            map.putIfAbsent(key, value);
        }
    }

    CaseFacts facts() {
        return facts;
    }

    Map<String, Object> values() {
        return values;
    }

    @Override
    public String toString() {
        return "case " + id() + " (" + period() + ")";
    }

    /**
     * Builds a case in memory, field by field as its folder's files would hold it:
     * {@code case.json} (parties, period), {@code sources.json} ({@link #source}) and one
     * {@link FactEntry} per fact. {@link #build()} checks it all as the loader checks a folder.
     * A builder is not thread-safe; the case it builds is.
     */
    public static final class Builder {
        private final String id;
        private final String title;
        private boolean hypothetical;
        private Map<String, Object> localGovernment;
        private Map<String, Object> partner;
        private Map<String, Object> period;
        private List<String> caseSources;
        private String note;
        private final List<Map<String, Object>> sources = new ArrayList<>();
        private final Map<FactFileKind, List<Map<String, Object>>> facts = new EnumMap<>(FactFileKind.class);
        private Path lawFolder;

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /** Marks the case as made up (for tests and examples); its facts then say {@code HYPOTHETICAL}. */
        public Builder hypothetical(boolean hypothetical) {
            this.hypothetical = hypothetical;
            return this;
        }

        /**
         * The local government under study.
         *
         * @param level {@code CITY}, {@code REGENCY}, {@code PROVINCE}, ... as in {@code case.json}
         */
        public Builder localGovernment(String id, String name, String level, String country) {
            this.localGovernment = party(id, name, level, country);
            return this;
        }

        /** Its foreign partner; {@code level} as for {@link #localGovernment}. */
        public Builder partner(String id, String name, String level, String country) {
            this.partner = party(id, name, level, country);
            return this;
        }

        /** The years under study, both inclusive. */
        public Builder period(int from, int to) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("from", from);
            p.put("to", to);
            this.period = p;
            return this;
        }

        /** The case's own sources (the {@code sources} of {@code case.json}), by id. */
        public Builder caseSources(String... ids) {
            this.caseSources = Arrays.asList(ids.clone());
            return this;
        }

        /** Free text for caveats about the case as a whole. */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** A source the facts cite, with no address. */
        public Builder source(String id, String citation) {
            return source(id, citation, null);
        }

        /** A source the facts cite; {@code url} may be null. */
        public Builder source(String id, String citation, String url) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", id);
            s.put("citation", citation);
            if (url != null) {
                s.put("url", url);
            }
            sources.add(s);
            return this;
        }

        /** A fact; facts of a kind keep the order added. */
        public Builder fact(FactEntry entry) {
            facts.computeIfAbsent(entry.fileKind(), k -> new ArrayList<>()).add(new LinkedHashMap<>(entry.fields()));
            return this;
        }

        /**
         * The national law library F3 reads ({@code facts/law}: {@code instruments.json},
         * {@code sources.json}). Without one the case has no national law, and F3 cannot find
         * an instrument that permits the cooperation.
         */
        public Builder lawLibrary(Path folder) {
            this.lawFolder = folder;
            return this;
        }

        /**
         * Checks everything and makes the case.
         *
         * @throws KbException ({@link KbException.Kind#BAD_INPUT}) with every problem found, each
         *         naming the case, the file the value belongs in, the fact and the field
         */
        public Case build() throws KbException {
            String owner = "in-memory case \"" + id + "\"";
            List<String> problems = new ArrayList<>();
            Partnership partnership = null;
            try {
                partnership = FactValues.partnership(owner, partnership());
            } catch (BadFactsException e) {
                problems.addAll(e.problems());
            }
            List<Source> sourceList = new ArrayList<>();
            List<Fact> factList = new ArrayList<>();
            try {
                FactValues.items(owner, FactFileKind.SOURCES, sources).forEach(s -> sourceList.add((Source) s));
            } catch (BadFactsException e) {
                problems.addAll(e.problems());
            }
            // In the registry's order, as a folder's facts are inserted: results never depend on the order of calls.
            for (FactFileKind kind : FactFileKind.inCase()) {
                List<Map<String, Object>> items = facts.get(kind);
                if (items == null) {
                    continue;
                }
                try {
                    FactValues.items(owner, kind, items).forEach(f -> factList.add((Fact) f));
                } catch (BadFactsException e) {
                    problems.addAll(e.problems());
                }
            }
            LawLibrary law = null;
            if (lawFolder != null) {
                try {
                    law = new CaseLoader(Limits.DEFAULT_MAX_FILE_BYTES, null, lawFolder).lawLibrary(lawFolder);
                } catch (BadFactsException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new KbException(KbException.Kind.BAD_INPUT, problems);
            }
            // The library's sources and instruments after the case's own, as the loader orders them.
            List<Source> allSources = new ArrayList<>(sourceList);
            List<Fact> allFacts = new ArrayList<>(factList);
            if (law != null) {
                allSources.addAll(law.sources().values());
                allFacts.addAll(law.instruments());
            }
            problems.addAll(FactValues.check(owner, partnership, allSources, allFacts));
            if (!problems.isEmpty()) {
                throw new KbException(KbException.Kind.BAD_INPUT, problems);
            }
            Map<String, Source> byId = new LinkedHashMap<>();
            allSources.forEach(s -> byId.putIfAbsent(s.getId(), s));
            Map<String, Path> fileOf = new LinkedHashMap<>();
            if (law != null) {
                law.fileOf().forEach(fileOf::putIfAbsent);
            }
            return new Case(new CaseFacts(null, partnership, byId, allFacts, fileOf, law == null ? null : law.folder()),
                    null, values());
        }

        /** What was built, laid out as the case folder's files would hold it, for the audit record. */
        private Map<String, Object> values() {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put(FactFileKind.CASE_FILE, partnership());
            v.put(FactFileKind.SOURCES.fileName(), sources);
            facts.forEach((kind, items) -> v.put(kind.fileName(), items));
            return deepCopy(v);
        }

        /** The builder's maps and lists stay its own; the case keeps an unmodifiable copy. */
        @SuppressWarnings("unchecked")
        private static <T> T deepCopy(T value) {
            if (value instanceof Map<?, ?> m) {
                Map<String, Object> copy = new LinkedHashMap<>();
                m.forEach((k, x) -> copy.put(String.valueOf(k), deepCopy(x)));
                return (T) java.util.Collections.unmodifiableMap(copy);
            }
            if (value instanceof List<?> l) {
                return (T) java.util.Collections.unmodifiableList(l.stream().map(Builder::deepCopy).toList());
            }
            return value;
        }

        private Map<String, Object> partnership() {
            Map<String, Object> p = new LinkedHashMap<>();
            putIfSet(p, "id", id);
            putIfSet(p, "title", title);
            p.put("hypothetical", hypothetical);
            putIfSet(p, "localGovernment", localGovernment);
            putIfSet(p, "partner", partner);
            putIfSet(p, "period", period);
            putIfSet(p, "sources", caseSources);
            putIfSet(p, "note", note);
            return p;
        }

        private static Map<String, Object> party(String id, String name, String level, String country) {
            Map<String, Object> p = new LinkedHashMap<>();
            putIfSet(p, "id", id);
            putIfSet(p, "name", name);
            putIfSet(p, "level", level);
            putIfSet(p, "country", country);
            return p;
        }

        /** Unset fields are left out, so the schema names a missing required one. */
        private static void putIfSet(Map<String, Object> map, String field, Object value) {
            if (value != null) {
                map.put(field, value);
            }
        }
    }
}
