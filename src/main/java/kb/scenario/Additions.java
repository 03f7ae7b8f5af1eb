package kb.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kb.facts.Fact;
import kb.facts.FactFileKind;
import kb.facts.Source;

/**
 * Facts a scenario adds, under the same names as the lists of a case folder's files
 * ({@code activities}, {@code legalInstruments}, {@code stances}, ...), so an analyst can
 * copy an entry from a case file. The names and classes come from the registry of fact kinds
 * ({@link FactFileKind}), so a new kind can be added by scenarios with no change here.
 */
@JsonDeserialize(using = Additions.Reader.class)
final class Additions {
    private final Map<FactFileKind, List<Object>> lists = new EnumMap<>(FactFileKind.class);

    List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        lists.getOrDefault(FactFileKind.SOURCES, List.of()).forEach(o -> sources.add((Source) o));
        return sources;
    }

    /** All added facts in the order a case folder's facts are inserted (that of FactFileKind). */
    List<Fact> facts() {
        List<Fact> all = new ArrayList<>();
        lists.forEach((kind, items) -> items.stream().filter(Fact.class::isInstance).map(Fact.class::cast).forEach(all::add));
        return all;
    }

    /** Reads {@code "add": {"activities": [...], ...}}: each field a case file's list, bound to the registry's class. */
    static final class Reader extends JsonDeserializer<Additions> {
        @Override
        public Additions deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Additions add = new Additions();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Additions) ctxt.handleUnexpectedToken(Additions.class, p);
            }
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                String name = field;
                FactFileKind kind = FactFileKind.inCase().stream().filter(k -> k.listField().equals(name)).findFirst().orElse(null);
                if (kind == null) {
                    List<Object> known = new ArrayList<>();
                    FactFileKind.inCase().forEach(k -> known.add(k.listField()));
                    throw UnrecognizedPropertyException.from(p, Additions.class, name, known);
                }
                p.nextToken();
                JavaType type = ctxt.getTypeFactory().constructCollectionType(List.class, kind.itemClass());
                List<Object> items = ctxt.readValue(p, type);
                if (items != null) {
                    add.lists.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(items);
                }
            }
            return add;
        }
    }
}
