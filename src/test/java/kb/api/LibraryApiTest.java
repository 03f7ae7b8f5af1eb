package kb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import kb.audit.AuditRecord;
import kb.cli.CliRunner;
import kb.facts.FactFileKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library facade: cases from folders and from memory get the same checks and the same results. */
class LibraryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws KbException {
        kb = KnowledgeBase.load(Path.of("rules"));
    }

    /** A small made-up case with one source; each test adds or breaks what it needs. */
    private static Case.Builder small() {
        return Case.builder("hypothetical-api-test", "Hypothetical: a case for the API tests")
                .hypothetical(true)
                .localGovernment("kota-uji", "Kota Uji (hypothetical)", "CITY", "Indonesia")
                .partner("uji-si", "Uji-si (hypothetical)", "CITY", "Republic of Korea")
                .period(2015, 2019)
                .caseSources("made-up")
                .source("made-up", "Made up for the API tests");
    }

    private static FactEntry visit(String id) {
        return FactEntry.of("activity", id).summary("A visit (hypothetical)").basis("HYPOTHETICAL").sources("made-up")
                .set("type", "EXPLORATION_VISIT").set("status", "REALISED").set("date", "2015-03");
    }

    @Test
    void aFolderGivesTheFactorsAndVerdictItsExpectedFileStates() throws Exception {
        Path folder = Path.of("facts/batam-gimje");
        Result r = kb.evaluate(Case.fromFolder(folder));
        JsonNode expected = JSON.readTree(folder.resolve("expected.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("factors").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            assertEquals(Status.valueOf(f.getValue().asText()), r.factor(f.getKey()).orElseThrow().status(), f.getKey());
        }
        assertEquals(expected.get("verdict").asText(), r.verdict());
        assertEquals(r.factors().stream().filter(FactorResult::met).count(), r.factorsMet());
        assertEquals(List.of(r.verdict()), r.possibleVerdicts());
        assertEquals("tidak optimal", r.verdictLabel("id").orElseThrow());
        assertEquals("not optimal", r.verdictLabel("en").orElseThrow());
        assertTrue(r.factor("F9").isEmpty());
    }

    /**
     * The same case, once read from its folder and once built in memory from the values of its
     * files, gives the same result, byte for byte: the builder binds as the loader does.
     */
    @Test
    void aCaseBuiltInMemoryFromAFoldersValuesGivesTheFoldersResult() throws Exception {
        Path folder = Path.of("facts/hypothetical-active-partnership");
        JsonNode p = JSON.readTree(folder.resolve("case.json").toFile()).get("partnership");
        Case.Builder b = Case.builder(p.get("id").asText(), p.get("title").asText())
                .hypothetical(p.get("hypothetical").asBoolean())
                .localGovernment(p.at("/localGovernment/id").asText(), p.at("/localGovernment/name").asText(),
                        p.at("/localGovernment/level").asText(), p.at("/localGovernment/country").asText())
                .partner(p.at("/partner/id").asText(), p.at("/partner/name").asText(), p.at("/partner/level").asText(),
                        p.at("/partner/country").asText())
                .period(p.at("/period/from").asInt(), p.at("/period/to").asInt())
                .caseSources(JSON.convertValue(p.get("sources"), String[].class))
                .note(p.get("note").asText())
                .lawLibrary(Path.of("facts/law"));
        for (JsonNode s : JSON.readTree(folder.resolve("sources.json").toFile()).get("sources")) {
            b.source(s.get("id").asText(), s.get("citation").asText(), s.has("url") ? s.get("url").asText() : null);
        }
        int facts = 0;
        for (FactFileKind kind : FactFileKind.inCase()) {
            Path file = folder.resolve(kind.fileName());
            if (kind == FactFileKind.SOURCES || !Files.exists(file)) {
                continue;
            }
            for (JsonNode item : JSON.readTree(file.toFile()).get(kind.listField())) {
                FactEntry e = FactEntry.of(kind.noun(), item.get("id").asText());
                for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    e = e.set(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
                }
                b.fact(e);
                facts++;
            }
        }
        assertTrue(facts > 5, "the case has facts to build from");
        Result fromFolder = kb.evaluate(Case.fromFolder(folder));
        Result inMemory = kb.evaluate(b.build());
        assertEquals(fromFolder.json(), inMemory.json());
        assertEquals(fromFolder.explain(), inMemory.explain());
        assertFalse(inMemory.evaluatedCase().folder().isPresent());
    }

    @Test
    void anUnknownSourceIdIsRefusedAsInAFolder() {
        KbException e = assertThrows(KbException.class, () -> small().fact(visit("visit").sources("made-up-2")).build());
        assertEquals(KbException.Kind.BAD_INPUT, e.kind());
        assertEquals(List.of("in-memory case \"hypothetical-api-test\": activity \"visit\": field \"sources\": unknown source id"
                + " \"made-up-2\"; known: made-up"), e.problems());
    }

    @Test
    void duplicateIdsAreRefused() {
        KbException e = assertThrows(KbException.class, () -> small().fact(visit("visit")).fact(visit("visit")).build());
        assertEquals(List.of("in-memory case \"hypothetical-api-test\": activity \"visit\": field \"id\": duplicate id;"
                + " ids must be unique in a case"), e.problems());
    }

    @Test
    void aValueTheFileWouldRefuseIsRefusedWithWhatIsAllowedEveryProblemAtOnce() {
        KbException e = assertThrows(KbException.class, () -> small()
                .fact(visit("visit").set("type", "PICNIC"))
                .fact(FactEntry.of("motive", "m1").basis("HYPOTHETICAL").sources("made-up").set("side", "PARTNER")
                        .set("kind", "ECONOMIC"))
                .fact(visit("later").set("colour", "red"))
                .build());
        String all = String.join("\n", e.problems());
        assertEquals(3, e.problems().size(), all);
        assertTrue(all.contains("activities.json: activity \"visit\": field \"type\": \"PICNIC\" is not allowed; allowed:"
                + " EXPLORATION_VISIT,"), all);
        assertTrue(all.contains("motives.json: motive \"m1\": field \"summary\" is required"), all);
        assertTrue(all.contains("activity \"later\": unknown field \"colour\"; allowed:"), all);
        assertTrue(e.problems().stream().allMatch(p -> p.startsWith("in-memory case \"hypothetical-api-test\": ")), all);
    }

    @Test
    void aCaseWithoutItsPartiesOrPeriodIsRefused() {
        KbException e = assertThrows(KbException.class, () -> Case.builder("x", "Hypothetical").build());
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("field \"localGovernment\" is required"), all);
        assertTrue(all.contains("field \"period\" is required"), all);
    }

    @Test
    void anUnknownKindNamesTheKindsACaseHolds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactEntry.of("national-law", "x"));
        assertTrue(e.getMessage().contains("allowed: " + String.join(", ", FactEntry.kinds())), e.getMessage());
        assertTrue(FactEntry.kinds().contains("absence") && FactEntry.kinds().contains("legal-instrument"));
    }

    @Test
    void whatIsBuiltDoesNotChangeWithTheBuilderOrTheEntry() throws KbException {
        FactEntry entry = visit("visit");
        FactEntry other = entry.set("date", "2016");
        assertEquals("2015-03", entry.fields().get("date"));
        assertEquals("2016", other.fields().get("date"));
        Case.Builder b = small().fact(entry);
        Case built = b.build();
        b.fact(visit("visit-2")).period(2000, 2001);
        Result r = kb.evaluate(built);
        assertEquals("2015-2019", built.period());
        assertThrows(UnsupportedOperationException.class, () -> r.factors().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.factor("F1").orElseThrow().satisfiedIndicators().clear());
    }

    @Test
    void nothingInACaseBearingOnAFactorLeavesItUndetermined() throws KbException {
        Result r = kb.evaluate(small().build());
        assertTrue(r.factors().stream().allMatch(f -> f.status() == Status.UNDETERMINED), r.table());
        assertTrue(r.undetermined());
        assertEquals("UNDETERMINED", r.verdict());
        assertTrue(r.possibleVerdicts().size() > 1, r.possibleVerdicts().toString());
        assertTrue(r.verdictLabel("en").isEmpty());
    }

    @Test
    void anotherPeriodIsJudgedOverItsYears() throws KbException {
        Case c = Case.fromFolder(Path.of("facts/batam-gimje"));
        Case earlier = c.withPeriod(2003, 2010);
        assertEquals("2003-2010", earlier.period());
        assertEquals(c.period(), "2013-2018");
        assertTrue(kb.evaluate(earlier).json().contains("\"period\" : \"2003-2010\""));
        assertThrows(IllegalArgumentException.class, () -> c.withPeriod(2018, 2013));
    }

    @Test
    void explanationAndAuditRecordAreThoseOfTheCommandLine() throws Exception {
        Result r = kb.evaluate(Case.fromFolder(Path.of("facts/batam-gimje")));
        assertTrue(r.explain().startsWith("Verdict: NOT_OPTIMAL"), r.explain());
        JsonNode tree = JSON.readTree(r.explainJson());
        assertEquals("verdict", tree.get("kind").asText());
        assertFalse(tree.get("children").isEmpty());

        JsonNode record = JSON.readTree(r.audit());
        assertEquals(AuditRecord.checksum(record), record.get(AuditRecord.CHECKSUM_FIELD).asText());
        assertEquals("facts/batam-gimje", record.at("/case/folder").asText());
        assertTrue(record.at("/facts/files").size() >= 5);
        assertEquals(r.verdict(), AuditRecord.verdict(record));
    }

    @Test
    void theAuditRecordOfACaseBuiltInMemoryHoldsTheValuesItWasBuiltFrom(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Result r = kb.evaluate(small().fact(visit("visit")).build());
        JsonNode record = JSON.readTree(r.audit());
        assertEquals(AuditRecord.checksum(record), record.get(AuditRecord.CHECKSUM_FIELD).asText());
        assertTrue(record.at("/case/folder").isNull());
        assertEquals(0, record.at("/facts/files").size(), "no law library, no files");
        assertEquals("visit", record.at("/facts/inMemory/activities.json/0/id").asText());
        assertEquals("Kota Uji (hypothetical)", record.at("/facts/inMemory/case.json/localGovernment/name").asText());

        // kb verify has no folder to evaluate again: it says so, exit 2, rather than guessing one.
        Path file = dir.resolve("in-memory.audit.json");
        Files.writeString(file, r.audit());
        CliRunner verify = CliRunner.run("verify", file.toString());
        assertEquals(2, verify.exitCode(), verify.err());
        assertTrue(verify.err().contains(file + ": error: the record of a case built in memory (kb.api) names no case folder"),
                verify.err());
    }

    @Test
    void oneKnowledgeBaseEvaluatesFromSeveralThreadsAtOnce() throws Exception {
        Case c = Case.fromFolder(Path.of("facts/batam-gimje"));
        String alone = kb.evaluate(c).json();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runs.add(pool.submit(() -> kb.evaluate(c).json()));
            }
            for (java.util.concurrent.Future<String> run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The facade's signatures name only its own types and Java's: no Drools, Jackson or engine type leaks out. */
    @Test
    void theApiNamesOnlyItsOwnTypesAndJavas() {
        List<Class<?>> api = List.of(KnowledgeBase.class, Case.class, Case.Builder.class, FactEntry.class, Result.class,
                FactorResult.class, Status.class, KbException.class, KbException.Kind.class);
        java.util.List<String> leaks = new java.util.ArrayList<>();
        for (Class<?> c : api) {
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                if (!java.lang.reflect.Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                java.util.List<java.lang.reflect.Type> types = new java.util.ArrayList<>(List.of(m.getGenericParameterTypes()));
                types.add(m.getGenericReturnType());
                types.addAll(List.of(m.getGenericExceptionTypes()));
                for (java.lang.reflect.Type t : types) {
                    for (String name : t.getTypeName().split("[<>,\\[\\]\\s?]+")) {
                        if (name.contains(".") && !name.startsWith("java.") && !name.startsWith("kb.api.")) {
                            leaks.add(c.getSimpleName() + "." + m.getName() + ": " + name);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(api.stream().allMatch(c -> java.lang.reflect.Modifier.isFinal(c.getModifiers()) || c.isEnum()),
                "the facade's classes are final");
    }

    @Test
    void badRulesAndABadFolderAreTheirOwnKindsOfFailure() throws IOException {
        KbException rules = assertThrows(KbException.class, () -> KnowledgeBase.load(Path.of("no-such-rules")));
        assertEquals(KbException.Kind.RULES_BROKEN, rules.kind());
        assertEquals(List.of("no-such-rules: no such rules folder"), rules.problems());
        KbException folder = assertThrows(KbException.class, () -> Case.fromFolder(Path.of("no-such-case")));
        assertEquals(KbException.Kind.BAD_INPUT, folder.kind());
        assertTrue(folder.getMessage().startsWith("no-such-case: no such case folder"), folder.getMessage());
    }
}
