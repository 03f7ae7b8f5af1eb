package kb.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Facts given as values in memory (a case built with {@code kb.api.Case.builder}) rather than
 * read from a folder. The values are laid out as the file they would live in, checked against
 * that file's schema and bound by the loader's strict mapper; the case as a whole then gets the
 * loader's checks across facts ({@link CaseChecks}). So a case built in memory has exactly the
 * field names, allowed values, required fields, unique ids and known sources of a case folder.
 *
 * <p>Problems are worded as the loader words them, with the owner ({@code in-memory case "x"})
 * and the file the values stand for in place of {@code file:line:column}, which they do not have.
 */
public final class FactValues {
    private FactValues() {
    }

    /** The case object, as under {@code "partnership"} in {@code case.json}. */
    public static Partnership partnership(String owner, Map<String, ?> fields) throws BadFactsException {
        return bind(owner, "case", FactFileKind.CASE_NOUN, FactFileKind.CASE_FILE, "partnership", Partnership.class,
                fields, false).get(0);
    }

    /** Items of one kind of a case folder's files (sources or facts), as in that file's list. */
    public static List<Object> items(String owner, FactFileKind kind, List<? extends Map<String, ?>> items)
            throws BadFactsException {
        if (kind.home() != FactFileKind.Home.CASE) {
            throw new BadFactsException(owner + ": " + kind.plural() + " live in the law library, not in a case");
        }
        return new ArrayList<>(bind(owner, kind.schemaName(), kind.noun(), kind.fileName(), kind.listField(),
                kind.itemClass(), items, true));
    }

    /**
     * The checks across facts a case folder gets (unique ids, known sources, periods and ranges
     * that run forwards), over the case's own sources and facts and the law library's.
     *
     * @return every problem, each one line; empty when the case is sound
     */
    public static List<String> check(String owner, Partnership partnership, List<Source> sources, List<Fact> facts) {
        Map<String, Source> known = new LinkedHashMap<>();
        sources.forEach(s -> known.putIfAbsent(s.getId(), s));
        // Objects not read from a file have no site: CaseChecks then writes "?" for the place.
        return new CaseChecks(new Sites(), known).check(partnership, sources, facts).stream()
                .map(p -> p.startsWith("?: ") ? owner + ": " + p.substring(3).replace(" (first at ?)", "") : p).toList();
    }

    private static <T> List<T> bind(String owner, String schemaName, String noun, String fileName, String field,
                                    Class<T> type, Object value, boolean list) throws BadFactsException {
        Path file = Path.of(fileName);
        byte[] json;
        try {
            Map<String, Object> wrapper = new LinkedHashMap<>();
            wrapper.put(field, value);
            json = StrictJson.MAPPER.writeValueAsBytes(wrapper);
        } catch (JsonProcessingException e) {
            throw new BadFactsException(owner + ": " + fileName + ": a value is not JSON (" + e.getOriginalMessage() + ")");
        }
        JsonTree tree;
        try {
            tree = JsonTree.parse(file, json);
        } catch (JsonTree.NotJson e) {
            throw new BadFactsException(owner + ": " + fileName + ": not JSON");
        }
        // The same schema and wording as a file's; the rendering's line and column mean nothing to the caller.
        Pattern place = Pattern.compile("^" + Pattern.quote(fileName) + "(:\\d+)*: ");
        SchemaMessages words = SchemaMessages.forFile(tree, noun);
        List<String> problems = FactSchemas.validate(schemaName, tree.root()).stream()
                .map(e -> owner + ": " + fileName + ": " + place.matcher(words.describe(e).text()).replaceFirst(""))
                .distinct().toList();
        if (!problems.isEmpty()) {
            throw new BadFactsException(problems);
        }
        try {
            return StrictJson.readWrapped(file, new ByteArrayInputStream(json), field, type, list);
        } catch (BadFactsException e) {
            throw new BadFactsException(e.problems().stream()
                    .map(p -> owner + ": " + fileName + ": " + place.matcher(p).replaceFirst("")).toList());
        } catch (IOException e) {
            throw new BadFactsException(owner + ": " + fileName + ": cannot bind (" + e.getMessage() + ")");
        }
    }
}
