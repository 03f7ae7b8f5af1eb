package kb.facts;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one Jackson configuration for hand-typed fact files: unknown fields, duplicate keys,
 * nulls for primitives and scalar coercion ("1" for 1) are all errors,
 * so an analyst's typo fails loudly; {@link #readWrapped} refuses trailing garbage. Default typing stays off: a file can never name a class.
 */
public final class StrictJson {
    private StrictJson() {
    }

    public static final ObjectMapper MAPPER = builder().build();

    /** The configuration of {@link #MAPPER}, for a mapper that adds to it. */
    static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, Visibility.ANY);
    }

    /**
     * Reads {@code {"$schema": "...", "<field>": [...]}} (or a single object when {@code list}
     * is false) from a stream, keeping Jackson's line and column for every error.
     */
    public static <T> List<T> readWrapped(Path file, InputStream in, String field, Class<T> itemClass, boolean list)
            throws BadFactsException, IOException {
        JavaType type = list
                ? MAPPER.getTypeFactory().constructCollectionType(List.class, itemClass)
                : MAPPER.getTypeFactory().constructType(itemClass);
        List<T> result = new ArrayList<>();
        boolean seen = false;
        try (JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadFactsException(at(file, p) + ": expected an object {\"$schema\": ..., \"" + field + "\": ...}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ("$schema".equals(name) || "description".equals(name)) {
                    p.skipChildren();
                } else if (field.equals(name)) {
                    seen = true;
                    if (list) {
                        List<T> items = MAPPER.readValue(p, type);
                        if (items != null) {
                            result.addAll(items);
                        }
                    } else {
                        result.add(MAPPER.readValue(p, type));
                    }
                } else {
                    throw new BadFactsException(at(file, p) + ": unknown field \"" + name
                            + "\"; allowed: $schema, description, " + field);
                }
            }
            if (p.nextToken() != null) {
                throw new BadFactsException(at(file, p) + ": unexpected content after the closing }");
            }
        } catch (JsonProcessingException e) {
            throw new BadFactsException(describe(file, e));
        }
        if (!seen) {
            throw new BadFactsException(file + ":1:1: missing field \"" + field + "\"");
        }
        return result;
    }

    private static String at(Path file, JsonParser p) {
        var loc = p.currentTokenLocation();
        return file + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    }

    /** Words a Jackson failure as {@code file:line:column: message} with what is allowed. */
    public static String describe(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr());
        return where + ": " + explain(e);
    }

    /** What {@link #describe} says after the place. */
    static String explain(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\"; allowed: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted()
                        .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "\"" + f.getValue() + "\" is not allowed for " + path(f) + "; allowed: "
                    + Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return v.getCause().getMessage() + " (" + path(v) + ")";
        }
        if (e instanceof MismatchedInputException m) {
            String target = m.getTargetType() == null ? "value" : m.getTargetType().getSimpleName();
            return "wrong type for " + path(m) + ": expected " + article(target) + " ("
                    + firstLine(m.getOriginalMessage()) + ")";
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        return e.getPath().isEmpty() ? "the value"
                : "field \"" + e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[") + "\"";
    }

    private static String article(String typeName) {
        return switch (typeName) {
            case "int", "Integer", "long", "Long" -> "whole number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "text in quotes";
            case "List", "ArrayList" -> "list [...]";
            default -> typeName;
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid JSON";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
