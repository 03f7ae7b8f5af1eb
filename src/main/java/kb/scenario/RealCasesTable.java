package kb.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import kb.conclusions.FactorStatus;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;
import kb.facts.Partnership;
import kb.facts.Source;
import kb.framework.VerdictDefinition;

/**
 * The README's "Real cases" table, made from a {@code kb test} run (issue 14): one row per real
 * (not hypothetical) case folder, with its study and that study's own verdict and factor
 * judgements ({@code expected.json}, {@code study}), the tool's verdict and factors, and whether
 * the two agree on every factor the study judged, with the expected file's note as the reason.
 * Printed by {@code kb test --summary}; a test keeps the README equal to it.
 */
public final class RealCasesTable {
    static final String HEADER = "| partnership | level | period | study | study's verdict | tool: verdict | tool: F1–F6 "
            + "| agrees with the study | why |";
    static final String RULE = "|---|---|---|---|---|---|---|---|---|";
    static final String LEGEND = "F1–F6: M met, N not met, U undetermined. \"Agrees\" compares the factors the study"
            + " judged (expected.json, study.factors) with the tool's; \"why\" is the expected file's note.";

    private RealCasesTable() {
    }

    /** The table for the real cases among these results (case folders only, sorted by folder), then the legend. */
    public static String markdown(List<ScenarioResult> results) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add(RULE);
        results.stream()
                .filter(r -> r.scenario() != null && r.evaluation() != null)
                .filter(r -> r.file().getFileName().toString().equals("expected.json"))
                .filter(r -> !r.scenario().facts().partnership().isHypothetical())
                .sorted(Comparator.comparing(ScenarioResult::id))
                .forEach(r -> lines.add(row(r.scenario(), r.evaluation())));
        lines.add("");
        lines.add(LEGEND);
        return String.join("\n", lines) + "\n";
    }

    static String row(Scenario scenario, Evaluation evaluation) {
        Partnership p = scenario.facts().partnership();
        StudyJudgement study = scenario.expected().getStudy();
        Map<String, FactorStatus> tool = new TreeMap<>();
        evaluation.factors().forEach(f -> tool.put(f.factor().getId(), f.status()));
        List<String> cells = List.of(
                p.getLocalGovernment().getName() + " – " + p.getPartner().getName(),
                level(p.getLocalGovernment().getLevel()) + " – " + level(p.getPartner().getLevel()),
                p.getPeriod().getFrom() + "–" + p.getPeriod().getTo(),
                study == null ? "—" : studyCell(study, scenario.facts().sources().get(study.source())),
                study == null ? "—" : study.verdict(),
                verdict(evaluation),
                factors(evaluation),
                study == null ? "—" : agreement(study, tool),
                scenario.expected().getNote() == null ? "" : scenario.expected().getNote());
        StringJoiner row = new StringJoiner(" | ", "| ", " |");
        cells.forEach(c -> row.add(cell(c)));
        return row.toString();
    }

    /** "yes" when the tool gives every factor the study judged as the study did, else each difference. */
    static String agreement(StudyJudgement study, Map<String, FactorStatus> tool) {
        if (study.factors().isEmpty()) {
            return "not comparable: the study judges no factor";
        }
        List<String> differences = new ArrayList<>();
        study.factors().forEach((factor, judged) -> {
            FactorStatus got = tool.get(factor);
            if (got != judged) {
                differences.add(factor + " study " + judged.text() + ", tool " + (got == null ? "none" : got.text()));
            }
        });
        return differences.isEmpty() ? "yes (" + String.join(", ", study.factors().keySet()) + ")"
                : "no: " + String.join("; ", differences);
    }

    private static String studyCell(StudyJudgement study, Source source) {
        return source == null || source.getUrl() == null ? study.source() : "[" + study.source() + "](" + source.getUrl() + ")";
    }

    private static String verdict(Evaluation evaluation) {
        if (!evaluation.verdict().undetermined()) {
            return evaluation.verdict().id();
        }
        StringJoiner possible = new StringJoiner(", ", "UNDETERMINED (", ")");
        evaluation.verdict().possible().stream().map(VerdictDefinition::getId).forEach(possible::add);
        return possible.toString();
    }

    private static String factors(Evaluation evaluation) {
        StringJoiner all = new StringJoiner(" ");
        for (FactorOutcome f : evaluation.factors()) {
            all.add(f.factor().getId() + " " + switch (f.status()) {
                case MET -> "M";
                case NOT_MET -> "N";
                case UNDETERMINED -> "U";
            });
        }
        return all.toString();
    }

    private static String level(Enum<?> level) {
        return level == null ? "?" : level.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A table cell: one line, and a '|' that cannot end the cell. */
    static String cell(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|").strip();
    }
}
