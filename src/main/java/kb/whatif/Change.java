package kb.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import kb.facts.Fact;
import kb.facts.FactFileKind;
import kb.facts.StrictJson;

/**
 * One change to a case's facts: a new fact, an existing fact with one field changed, or an
 * existing fact left out. {@code json} is the fact as a case file would hold it (for an addition
 * or an edit); {@code rank} orders changes by how plausible they are, lower first: an added fact
 * (evidence not yet found), then an edit of a date or status, then any other edit, then a removal.
 */
record Change(Action action, FactFileKind kind, String targetId, ObjectNode json, String editedField, int rank,
              boolean contradictsDocumented, int order) {

    enum Action { ADD, EDIT, REMOVE }

    static final int ADDED = 0;
    static final int EDITED_DATE_OR_STATUS = 1;
    static final int EDITED = 2;
    static final int REMOVED = 3;

    /** The id the change's fact has in the changed case (a new id for an addition). */
    String factId() {
        return action == Action.ADD ? json.get("id").asText() : targetId;
    }

    /** The same addition under another id, so one kind of fact can be added twice. */
    Change withId(String id) {
        if (action != Action.ADD) {
            throw new IllegalStateException("only an addition can be copied");
        }
        ObjectNode copy = json.deepCopy();
        copy.put("id", id);
        return new Change(action, kind, targetId, copy, editedField, rank, contradictsDocumented, order);
    }

    /** An addition with one field set to another value (the value as JSON text). */
    Change withField(String field, JsonNode value) {
        ObjectNode copy = json.deepCopy();
        copy.set(field, value);
        return new Change(action, kind, targetId, copy, editedField, rank, contradictsDocumented, order);
    }

    /** The fact this change puts in the case, built by the same strict reader as a fact file. */
    Fact fact() {
        try {
            return (Fact) StrictJson.MAPPER.treeToValue(json, kind.itemClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a candidate built from the schema does not read: " + json + ": " + e.getMessage(), e);
        }
    }

    /** "activity: type JOINT_PROGRAMME, status REALISED, date 2013-08-18": the fields that matter, in schema order. */
    String describeFields() {
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!WhatIfFields.BOOKKEEPING.contains(e.getKey())) {
                parts.add(e.getKey() + " " + text(e.getValue()));
            }
        }
        return String.join(", ", parts);
    }

    static String text(JsonNode v) {
        if (v.isObject()) {
            List<String> parts = new ArrayList<>();
            v.fields().forEachRemaining(e -> parts.add(e.getValue().asText()));
            return String.join("-", parts);
        }
        return v.asText();
    }

    /** One line: "add an activity: ...", "change activity A-1: status REALISED", "leave out stance S-1". */
    String describe() {
        String noun = kind.noun();
        return switch (action) {
            case ADD -> "add " + article(noun) + " " + noun + ": " + describeFields();
            case EDIT -> "change " + noun + " " + targetId + ": " + editedField + " " + text(json.get(editedField));
            case REMOVE -> "leave out " + noun + " " + targetId;
        };
    }

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }
}
