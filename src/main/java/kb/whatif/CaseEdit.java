package kb.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.facts.CaseFacts;
import kb.facts.Fact;
import kb.facts.Source;
import kb.facts.StrictJson;

/** A case with some changes made and some recorded findings left out: the case a suggestion is evaluated on. */
final class CaseEdit {
    private CaseEdit() {
    }

    static final Source WHAT_IF = source();

    static CaseFacts apply(CaseFacts base, List<Change> changes, Set<String> leftOut) {
        Map<String, Fact> replaced = new HashMap<>();
        List<Fact> added = new ArrayList<>();
        for (Change c : changes) {
            switch (c.action()) {
                case ADD -> added.add(c.fact());
                case EDIT -> replaced.put(c.targetId(), c.fact());
                case REMOVE -> replaced.put(c.targetId(), null);
            }
        }
        List<Fact> facts = new ArrayList<>();
        Map<String, java.nio.file.Path> fileOf = new HashMap<>();
        for (Fact f : base.facts()) {
            if (leftOut.contains(f.getId())) {
                continue;
            }
            Fact kept = replaced.containsKey(f.getId()) ? replaced.get(f.getId()) : f;
            if (kept != null) {
                facts.add(kept);
                fileOf.put(kept.getId(), base.fileOf(f.getId()));
            }
        }
        // Added facts go in after the case's own, in the order of the kinds, as a scenario's do.
        added.sort(java.util.Comparator.comparing(f -> CandidateFacts.kindOf(f).ordinal()));
        facts.addAll(added);
        Map<String, Source> sources = new LinkedHashMap<>(base.sources());
        sources.put(WHAT_IF.getId(), WHAT_IF);
        fileOf.put(base.partnership().getId(), base.fileOf(base.partnership().getId()));
        return new CaseFacts(base.folder(), base.partnership(), sources, facts, fileOf);
    }

    private static Source source() {
        try {
            return StrictJson.MAPPER.treeToValue(StrictJson.MAPPER.createObjectNode().put("id", WhatIfFields.SOURCE_ID)
                    .put("citation", WhatIfFields.SOURCE_CITATION), Source.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
