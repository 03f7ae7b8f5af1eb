package kb.facts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that need more than one field or file: required values, unique ids, sources that
 * exist, periods that run forwards. Each message names the file, the fact id and the field.
 */
final class CaseChecks {
    private static final Pattern FACTOR_ID = Pattern.compile("F[1-6]");

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Path> fileOf;
    private final Map<String, Source> sources;

    private CaseChecks(Map<String, Source> sources, Map<String, Path> fileOf) {
        this.sources = sources;
        this.fileOf = fileOf;
    }

    static List<String> check(Path folder, Partnership partnership, Map<String, Source> sources,
                              List<Fact> facts, Map<String, Path> fileOf) {
        CaseChecks c = new CaseChecks(sources, fileOf);
        c.checkPartnership(folder.resolve(FactFileKind.CASE_FILE), partnership);
        c.checkSources(folder.resolve(FactFileKind.SOURCES.fileName()), sources);
        c.checkFacts(facts);
        return c.problems;
    }

    private void checkPartnership(Path file, Partnership p) {
        if (p == null) {
            problems.add(file + ": field \"partnership\" is empty");
            return;
        }
        String id = p.getId();
        require(file, id, "id", id);
        require(file, id, "title", p.getTitle());
        require(file, id, "localGovernment", p.getLocalGovernment());
        require(file, id, "partner", p.getPartner());
        require(file, id, "period", p.getPeriod());
        if (p.getPeriod() != null && p.getPeriod().getTo() < p.getPeriod().getFrom()) {
            problems.add(file + ": case \"" + id + "\": field \"period\": ends (" + p.getPeriod().getTo()
                    + ") before it starts (" + p.getPeriod().getFrom() + ")");
        }
        for (Party party : new Party[] {p.getLocalGovernment(), p.getPartner()}) {
            if (party != null) {
                require(file, id, "party id", party.getId());
                require(file, id, "party name", party.getName());
                require(file, id, "party level", party.getLevel());
            }
        }
        checkSourceIds(file, "case \"" + id + "\"", p.getSources());
    }

    private void checkSources(Path file, Map<String, Source> byId) {
        // Duplicates were folded by the loader's map; count them from the raw ids instead.
        for (Source s : byId.values()) {
            require(file, s.getId(), "id", s.getId());
            require(file, s.getId(), "citation", s.getCitation());
            if (s.getUrl() != null && !s.getUrl().matches("https?://\\S+")) {
                problems.add(file + ": source \"" + s.getId() + "\": field \"url\": \"" + s.getUrl()
                        + "\" is not an http(s) address");
            }
        }
    }

    private void checkFacts(List<Fact> facts) {
        Set<String> seen = new HashSet<>();
        for (Fact f : facts) {
            Path file = fileOf.getOrDefault(f.getId(), Path.of("?"));
            String id = f.getId();
            if (!require(file, id, "id", id)) {
                continue;
            }
            if (!seen.add(id)) {
                problems.add(file + ": " + f.factKind() + " \"" + id + "\": field \"id\": duplicate id; ids must be unique in a case");
            }
            require(file, id, "summary", f.getSummary());
            require(file, id, "basis", f.getBasis());
            if (f.getSources() == null || f.getSources().isEmpty()) {
                problems.add(file + ": " + f.factKind() + " \"" + id + "\": field \"sources\": needs at least one source id");
            } else {
                checkSourceIds(file, f.factKind() + " \"" + id + "\"", f.getSources());
            }
            checkKind(file, f);
        }
    }

    private void checkKind(Path file, Fact f) {
        String id = f.getId();
        if (f instanceof Activity a) {
            require(file, id, "date", a.getDate());
            require(file, id, "type", a.getType());
            require(file, id, "status", a.getStatus());
            if (a.getDate() != null && a.getEndDate() != null && a.getEndDate().compareTo(a.getDate()) < 0) {
                problems.add(file + ": activity \"" + id + "\": field \"endDate\": " + a.getEndDate()
                        + " is before the start " + a.getDate());
            }
        } else if (f instanceof Motive m) {
            require(file, id, "side", m.getSide());
            require(file, id, "kind", m.getKind());
        } else if (f instanceof Cause c) {
            require(file, id, "kind", c.getKind());
        } else if (f instanceof LegalInstrument l) {
            require(file, id, "kind", l.getKind());
            require(file, id, "title", l.getTitle());
            require(file, id, "inForceFrom", l.getInForceFrom());
            if (l.getInForceFrom() != null && l.getInForceUntil() != null
                    && l.getInForceUntil().compareTo(l.getInForceFrom()) < 0) {
                problems.add(file + ": legal instrument \"" + id + "\": field \"inForceUntil\": "
                        + l.getInForceUntil() + " is before inForceFrom " + l.getInForceFrom());
            }
        } else if (f instanceof CentralGovernmentStance s) {
            require(file, id, "stance", s.getStance());
        } else if (f instanceof Outcome o) {
            require(file, id, "kind", o.getKind());
            require(file, id, "date", o.getDate());
        } else if (f instanceof Finding fi
                && require(file, id, "factor", fi.getFactor()) && !FACTOR_ID.matcher(fi.getFactor()).matches()) {
            problems.add(file + ": finding \"" + id + "\": field \"factor\": \"" + fi.getFactor()
                    + "\" is not allowed; allowed: F1, F2, F3, F4, F5, F6");
        }
    }

    private void checkSourceIds(Path file, String owner, List<String> ids) {
        for (String sid : ids) {
            if (!sources.containsKey(sid)) {
                problems.add(file + ": " + owner + ": field \"sources\": unknown source id \"" + sid
                        + "\"; known: " + String.join(", ", sources.keySet()));
            }
        }
    }

    private boolean require(Path file, String id, String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(file + ": " + (id == null ? "an entry" : "\"" + id + "\"") + ": field \"" + field + "\" is required");
            return false;
        }
        return true;
    }
}
