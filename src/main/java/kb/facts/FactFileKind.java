package kb.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The files a case folder may hold, the list each one carries and the class of its items.
 * The order here is the order facts are inserted, so results never depend on the disk.
 */
public enum FactFileKind {
    SOURCES("sources.json", "sources", Source.class, true),
    CAUSES("causes.json", "causes", Cause.class, false),
    ACTIVITIES("activities.json", "activities", Activity.class, false),
    MOTIVES("motives.json", "motives", Motive.class, false),
    LEGAL_INSTRUMENTS("legal-instruments.json", "legalInstruments", LegalInstrument.class, false),
    CENTRAL_GOVERNMENT("central-government.json", "stances", CentralGovernmentStance.class, false),
    OUTCOMES("outcomes.json", "outcomes", Outcome.class, false),
    FINDINGS("findings.json", "findings", Finding.class, false),
    ABSENCES("absences.json", "absences", Absence.class, false);

    /** The one file that describes the case itself rather than listing facts. */
    public static final String CASE_FILE = "case.json";
    /** What the case file's object is called in messages. */
    static final String CASE_NOUN = "case";
    /** Expected results of a case, read by scenario tests, never by the evaluator. */
    public static final String EXPECTED_FILE = "expected.json";

    private final String fileName;
    private final String listField;
    private final Class<?> itemClass;
    private final boolean required;

    FactFileKind(String fileName, String listField, Class<?> itemClass, boolean required) {
        this.fileName = fileName;
        this.listField = listField;
        this.itemClass = itemClass;
        this.required = required;
    }

    public String fileName() {
        return fileName;
    }

    public String listField() {
        return listField;
    }

    public Class<?> itemClass() {
        return itemClass;
    }

    public boolean required() {
        return required;
    }

    /** The schema's base name in {@code facts/schema/}: {@code activities} for {@code activities.schema.json}. */
    public String schemaName() {
        return fileName.substring(0, fileName.length() - ".json".length());
    }

    /** What one item of the file is called in messages ("activity", "source"). */
    public String noun() {
        return switch (this) {
            case SOURCES -> "source";
            case CAUSES -> "cause";
            case ACTIVITIES -> "activity";
            case MOTIVES -> "motive";
            case LEGAL_INSTRUMENTS -> "legal-instrument";
            case CENTRAL_GOVERNMENT -> "central-government-stance";
            case OUTCOMES -> "outcome";
            case FINDINGS -> "finding";
            case ABSENCES -> "absence";
        };
    }

    public static Optional<FactFileKind> forFile(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
    }

    /** Every file name a case folder may hold, for error messages. */
    public static List<String> allowedFileNames() {
        List<String> names = new java.util.ArrayList<>();
        names.add(CASE_FILE);
        Arrays.stream(values()).map(FactFileKind::fileName).forEach(names::add);
        names.add(EXPECTED_FILE);
        return names;
    }
}
