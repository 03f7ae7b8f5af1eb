package kb.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Equal values bound in one load share one instance: a case of a million activities has a few
 * thousand distinct dates and a handful of distinct source lists (with their quotes), and each would otherwise be
 * an object of its own. Source-id lists become immutable compact lists. There is one instance
 * per load, not a global cache, so a batch of cases does not keep every value it has seen.
 */
final class SharedValues {
    /** {@link StrictJson}'s configuration, plus the sharing of dates and of lists of ids. */
    private static final ObjectMapper MAPPER = StrictJson.builder()
            .addModule(new SimpleModule().setDeserializerModifier(new Sharing.Modifier()))
            .build();

    /** Null when equal values are not looked up (see {@link #listsOnly}). */
    private final Map<Object, Object> seen;

    private SharedValues(boolean lookUp) {
        this.seen = lookUp ? new HashMap<>(256) : null;
    }

    /** Equal values share one instance: what the careful, streaming read of a file of any size needs. */
    static SharedValues sharing() {
        return new SharedValues(true);
    }

    /**
     * Lists of ids unchangeable, as always, but equal values not looked up: a file read whole
     * ({@link QuickFactFile}, at most 4 MiB) holds too few values for the look-ups to pay, and
     * in a batch they cost a tenth of reading.
     */
    static SharedValues listsOnly() {
        return new SharedValues(false);
    }

    /** A reader per class, made once: a load only adds itself as an attribute. */
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return MAPPER.readerFor(type);
        }
    };

    /** Binds one item of a fact file, its dates and lists of ids shared with the rest of this load. */
    ObjectReader reader(Class<?> type) {
        return READERS.get(type).withAttribute(SharedValues.class, this);
    }

    /** The load's value equal to {@code value}, which from now on is {@code value} if there was none. */
    private Object share(Object value) {
        // A list holding null (only possible where no schema was checked) stays as it is: List.copyOf refuses nulls.
        if (value instanceof List<?> list && !list.contains(null)) {
            if (seen == null) {
                return List.copyOf(list); // nothing to look up: one copy, not a list of the same ids first
            }
            List<Object> ids = new ArrayList<>(list.size());
            for (Object id : list) {
                ids.add(share(id));
            }
            value = List.copyOf(ids);
        }
        if (seen == null) {
            return value;
        }
        Object earlier = seen.putIfAbsent(value, value);
        return earlier != null ? earlier : value;
    }

    /** Binds a value as Jackson would, then hands back the load's equal value if it has one. */
    private static final class Sharing extends DelegatingDeserializer {
        Sharing(JsonDeserializer<?> plain) {
            super(plain);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> plain) {
            return new Sharing(plain);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            return value != null && ctxt.getAttribute(SharedValues.class) instanceof SharedValues load
                    ? load.share(value) : value;
        }

        /** Wraps the deserializers of {@link PartialDate}, {@link SourceRef} and of lists of them or of text (the source ids). */
        private static final class Modifier extends BeanDeserializerModifier {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                          JsonDeserializer<?> plain) {
                Class<?> type = bean.getBeanClass();
                return type == PartialDate.class || type == SourceRef.class ? new Sharing(plain) : plain;
            }

            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                    BeanDescription bean, JsonDeserializer<?> plain) {
                return type.getContentType().hasRawClass(String.class) || type.getContentType().hasRawClass(SourceRef.class)
                        ? new Sharing(plain) : plain;
            }
        }
    }
}
