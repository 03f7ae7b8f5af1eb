package kb.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kb.engine.RuleBase;
import kb.engine.RuleInfo;
import kb.facts.Basis;
import kb.facts.CaseFacts;
import kb.facts.Fact;
import kb.facts.FactFileKind;
import kb.facts.PartialDate;
import kb.facts.Period;
import kb.facts.StrictJson;

/**
 * Every single change worth trying on a case, built from the fact schemas and the rules, never
 * from a list in Java: for each kind of fact some rule reads, new facts with every allowed value of
 * each choice field, both values of each true/false field, each date of the {@link DateLadder},
 * the period under study for spans of years, and the rule base's own ids (factors, indicators)
 * for id-like fields; and for each fact of the case, each other value of each such field, and
 * leaving it out. Changes to DOCUMENTED facts contradict the evidence and are marked so.
 */
final class CandidateFacts {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CandidateFacts() {
    }

    static List<Change> of(CaseFacts facts, RuleBase rules) {
        List<PartialDate> dates = new ArrayList<>();
        List<ObjectNode> trees = new ArrayList<>();
        for (Fact f : facts.facts()) {
            ObjectNode tree = tree(f);
            trees.add(tree);
            collectDates(tree, dates);
        }
        List<String> ladder = DateLadder.of(facts, dates);
        Set<String> read = readKinds(rules);
        Set<String> ruleIds = ruleIdentifiers(rules);
        Period period = facts.partnership().getPeriod();
        List<Change> changes = new ArrayList<>();
        int[] order = {0};
        for (FactFileKind kind : FactFileKind.values()) {
            if (kind == FactFileKind.SOURCES || !read.contains(kind.itemClass().getSimpleName())) {
                continue;
            }
            additions(FactSchema.of(kind), ladder, period, ruleIds, changes, order);
        }
        for (int i = 0; i < trees.size(); i++) {
            Fact f = facts.facts().get(i);
            FactFileKind kind = kindOf(f);
            if (kind == null || !read.contains(kind.itemClass().getSimpleName())) {
                continue;
            }
            edits(f, trees.get(i), FactSchema.of(kind), ladder, period, ruleIds, changes, order);
        }
        return changes;
    }

    /** The simple class names of the facts the rules' conditions read. */
    private static Set<String> readKinds(RuleBase rules) {
        Set<String> kinds = new LinkedHashSet<>();
        rules.catalogue().all().forEach(r -> kinds.addAll(r.reads()));
        return kinds;
    }

    /** Factor, indicator and rule ids: the values an id-like field of a fact (e.g. which indicator) may refer to. */
    private static Set<String> ruleIdentifiers(RuleBase rules) {
        Set<String> ids = new LinkedHashSet<>();
        rules.framework().factors().forEach(f -> ids.add(f.getId()));
        for (RuleInfo r : rules.catalogue().all()) {
            ids.addAll(r.indicators());
        }
        return ids;
    }

    private static void additions(FactSchema schema, List<String> ladder, Period period, Set<String> ruleIds,
                                  List<Change> out, int[] order) {
        List<List<JsonNode>> choices = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> requiredDates = new ArrayList<>();
        List<String> optionalDates = new ArrayList<>();
        ObjectNode fixed = NODES.objectNode();
        for (FactSchema.Field field : schema.fields()) {
            switch (field.shape()) {
                case ID -> fixed.put(field.name(), "?");
                case BASIS -> fixed.put(field.name(), Basis.HYPOTHETICAL.name());
                case SOURCES -> fixed.putArray(field.name()).add(WhatIfFields.SOURCE_ID);
                case TEXT -> {
                    if (field.required()) {
                        fixed.put(field.name(), "?");
                    }
                }
                case CHOICE -> {
                    names.add(field.name());
                    choices.add(field.values().stream().map(v -> (JsonNode) NODES.textNode(v)).toList());
                }
                case BOOLEAN -> {
                    names.add(field.name());
                    choices.add(List.of(NODES.booleanNode(false), NODES.booleanNode(true)));
                }
                case PATTERN -> {
                    List<JsonNode> values = matching(field.pattern(), ruleIds);
                    if (values.isEmpty()) {
                        if (field.required()) {
                            return; // nothing in the rules it could refer to
                        }
                    } else {
                        names.add(field.name());
                        choices.add(values);
                    }
                }
                case YEAR -> {
                    if (field.required()) {
                        fixed.put(field.name(), period.getFrom());
                    }
                }
                case YEARS -> {
                    ObjectNode span = fixed.putObject(field.name());
                    span.put(field.values().get(0), period.getFrom());
                    span.put(field.values().get(field.values().size() - 1), period.getTo());
                }
                case DATE -> (field.required() ? requiredDates : optionalDates).add(field.name());
                case OTHER -> {
                    if (field.required()) {
                        return; // a shape the generator does not fill
                    }
                }
            }
        }
        // Every required date takes the same ladder date; an optional date is left out, or set to it.
        List<String> variants = new ArrayList<>();
        variants.add(null);
        variants.addAll(optionalDates);
        List<String> days = requiredDates.isEmpty() && optionalDates.isEmpty() ? java.util.Collections.singletonList(null) : ladder;
        for (List<JsonNode> combination : product(choices)) {
            for (String variant : variants) {
                if (requiredDates.isEmpty() && variant == null && !optionalDates.isEmpty()) {
                    // an undated fact: tried once, not once per date
                    out.add(addition(schema, fixed, names, combination, List.of(), null, order));
                    continue;
                }
                for (String day : days) {
                    List<String> dated = new ArrayList<>(requiredDates);
                    if (variant != null) {
                        dated.add(variant);
                    }
                    out.add(addition(schema, fixed, names, combination, dated, day, order));
                }
            }
        }
    }

    private static Change addition(FactSchema schema, ObjectNode fixed, List<String> names, List<JsonNode> values,
                                   List<String> dated, String day, int[] order) {
        // Fields in schema order, so descriptions and scenario files read like a case file.
        ObjectNode json = NODES.objectNode();
        for (FactSchema.Field field : schema.fields()) {
            String name = field.name();
            int at = names.indexOf(name);
            if (at >= 0) {
                // An optional true/false left false is the default: left out, as an analyst would write it.
                if (!(field.shape() == FactSchema.Shape.BOOLEAN && !field.required() && !values.get(at).asBoolean())) {
                    json.set(name, values.get(at));
                }
            } else if (dated.contains(name) && day != null) {
                json.put(name, day);
            } else if (fixed.has(name)) {
                json.set(name, fixed.get(name).deepCopy());
            }
        }
        int n = order[0]++;
        json.put("id", "WHATIF-" + schema.kind().noun() + "-" + n);
        Change c = new Change(Change.Action.ADD, schema.kind(), null, json, null, Change.ADDED, false, n);
        if (json.has("summary")) {
            json.put("summary", "Hypothetical " + schema.kind().noun() + " suggested by kb whatif: " + c.describeFields());
        }
        if (json.has("title")) {
            json.put("title", "Hypothetical " + schema.kind().noun());
        }
        return c;
    }

    private static void edits(Fact f, ObjectNode tree, FactSchema schema, List<String> ladder, Period period,
                              Set<String> ruleIds, List<Change> out, int[] order) {
        boolean documented = f.getBasis() == Basis.DOCUMENTED;
        for (FactSchema.Field field : schema.fields()) {
            List<JsonNode> values = switch (field.shape()) {
                case CHOICE -> field.values().stream().map(v -> (JsonNode) NODES.textNode(v)).toList();
                case BOOLEAN -> List.of(NODES.booleanNode(false), NODES.booleanNode(true));
                case PATTERN -> matching(field.pattern(), ruleIds);
                case DATE -> ladder.stream().map(d -> (JsonNode) NODES.textNode(d)).toList();
                default -> List.of();
            };
            boolean plausible = field.shape() == FactSchema.Shape.DATE || WhatIfFields.STATUS_LIKE.contains(field.name());
            for (JsonNode v : values) {
                if (v.equals(tree.get(field.name()))) {
                    continue;
                }
                ObjectNode edited = tree.deepCopy();
                edited.set(field.name(), v);
                // The edited fact is made up: it says so and cites the suggestion, as a scenario's facts must.
                edited.put("basis", Basis.HYPOTHETICAL.name());
                edited.putArray("sources").add(WhatIfFields.SOURCE_ID);
                if (field.shape() == FactSchema.Shape.DATE && !validDates(edited, schema)) {
                    continue;
                }
                out.add(new Change(Change.Action.EDIT, schema.kind(), f.getId(), edited, field.name(),
                        plausible ? Change.EDITED_DATE_OR_STATUS : Change.EDITED, documented, order[0]++));
            }
        }
        out.add(new Change(Change.Action.REMOVE, schema.kind(), f.getId(), null, null, Change.REMOVED, documented, order[0]++));
    }

    /** An edited date must still read: an end before a start is refused by the loader, so it is not tried. */
    private static boolean validDates(ObjectNode edited, FactSchema schema) {
        try {
            StrictJson.MAPPER.treeToValue(edited, schema.kind().itemClass());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static List<JsonNode> matching(String pattern, Collection<String> ids) {
        Pattern p = Pattern.compile(pattern);
        return ids.stream().filter(id -> p.matcher(id).matches()).map(id -> (JsonNode) NODES.textNode(id)).toList();
    }

    private static List<List<JsonNode>> product(List<List<JsonNode>> choices) {
        List<List<JsonNode>> result = new ArrayList<>();
        result.add(List.of());
        for (List<JsonNode> options : choices) {
            List<List<JsonNode>> next = new ArrayList<>();
            for (List<JsonNode> prefix : result) {
                for (JsonNode o : options) {
                    List<JsonNode> l = new ArrayList<>(prefix);
                    l.add(o);
                    next.add(l);
                }
            }
            result = next;
        }
        return result;
    }

    static ObjectNode tree(Fact f) {
        ObjectNode tree = StrictJson.MAPPER.valueToTree(f);
        List<String> nulls = new ArrayList<>();
        tree.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                nulls.add(e.getKey());
            }
        });
        tree.remove(nulls);
        return tree;
    }

    private static void collectDates(JsonNode node, List<PartialDate> dates) {
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isTextual() && PartialDate.hasShape(v.asText())) {
                try {
                    dates.add(PartialDate.parse(v.asText()));
                } catch (IllegalArgumentException ignored) {
                    // not a date after all
                }
            }
        });
    }

    static FactFileKind kindOf(Fact f) {
        for (FactFileKind k : FactFileKind.values()) {
            if (k.itemClass() == f.getClass()) {
                return k;
            }
        }
        return null;
    }

}
