package kb.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The registry of fact kinds: for each, the file it lives in, the list that file carries (its
 * schema is {@code facts/schema/<file>.schema.json}), the class of its items, what one item
 * is called in messages and explanations, and where it may live (a case folder or the law
 * library). A new kind of fact is one class, one schema and one entry here: loading,
 * scenarios, explanations, audit ids and rule metadata all read this list.
 *
 * <p>The order here is the order facts are inserted, so results never depend on the disk.
 */
public enum FactFileKind {
    SOURCES("sources.json", "sources", Source.class, "source", "sources", true, Home.CASE),
    CAUSES("causes.json", "causes", Cause.class, "cause", "causes", false, Home.CASE),
    ACTIVITIES("activities.json", "activities", Activity.class, "activity", "activities", false, Home.CASE),
    MOTIVES("motives.json", "motives", Motive.class, "motive", "motives", false, Home.CASE),
    LEGAL_INSTRUMENTS("legal-instruments.json", "legalInstruments", LegalInstrument.class, "legal-instrument",
            "legal instruments", false, Home.CASE),
    CENTRAL_GOVERNMENT("central-government.json", "stances", CentralGovernmentStance.class,
            "central-government-stance", "central government stances", false, Home.CASE),
    OUTCOMES("outcomes.json", "outcomes", Outcome.class, "outcome", "outcomes", false, Home.CASE),
    JOINT_INSTITUTIONS("joint-institutions.json", "jointInstitutions", JointInstitution.class, "joint-institution",
            "joint institutions", false, Home.CASE),
    OBSTACLES("obstacles.json", "obstacles", Obstacle.class, "obstacle", "obstacles", false, Home.CASE),
    FINDINGS("findings.json", "findings", Finding.class, "finding", "findings", false, Home.CASE),
    /** What the sources were searched for and did not show: the closed-world assumption, recorded and sourced. */
    ABSENCES("absences.json", "absences", Absence.class, "absence", "absences", false, Home.CASE),
    /** The national law library shared by every case: {@code facts/law/instruments.json}. */
    NATIONAL_LAW("instruments.json", "instruments", NationalLaw.class, "national-law", "national instruments", true,
            Home.LAW_LIBRARY);

    /** Where files of a kind live. */
    public enum Home { CASE, LAW_LIBRARY }

    /** The one file that describes the case itself rather than listing facts. */
    public static final String CASE_FILE = "case.json";
    /** What the case file's object is called in messages. */
    static final String CASE_NOUN = "case";
    /** Expected results of a case, read by scenario tests, never by the evaluator. */
    public static final String EXPECTED_FILE = "expected.json";

    private final String fileName;
    private final String listField;
    private final Class<?> itemClass;
    private final String noun;
    private final String plural;
    private final boolean required;
    private final Home home;

    FactFileKind(String fileName, String listField, Class<?> itemClass, String noun, String plural, boolean required,
                 Home home) {
        this.fileName = fileName;
        this.listField = listField;
        this.itemClass = itemClass;
        this.noun = noun;
        this.plural = plural;
        this.required = required;
        this.home = home;
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

    /** Required in its home: sources.json in a case, instruments.json in the law library. */
    public boolean required() {
        return required;
    }

    public Home home() {
        return home;
    }

    /** The schema's base name in {@code facts/schema/}: {@code activities} for {@code activities.schema.json}. */
    public String schemaName() {
        return fileName.substring(0, fileName.length() - ".json".length());
    }

    /** What one item of the file is called in messages ("activity", "source"). */
    public String noun() {
        return noun;
    }

    /** What several items are called in explanations ("joint institutions"). */
    public String plural() {
        return plural;
    }

    /** The kinds whose files live in a case folder, in insertion order. */
    public static List<FactFileKind> inCase() {
        return Arrays.stream(values()).filter(k -> k.home == Home.CASE).toList();
    }

    /** The entry of a fact class. */
    public static FactFileKind of(Class<?> itemClass) {
        for (FactFileKind k : values()) {
            if (k.itemClass == itemClass) {
                return k;
            }
        }
        throw new IllegalArgumentException(itemClass + " is not a registered fact kind");
    }

    /** The simple names of every fact class, e.g. for recognising fact patterns in rule text. */
    public static List<String> factClassNames() {
        return Arrays.stream(values()).filter(k -> Fact.class.isAssignableFrom(k.itemClass))
                .map(k -> k.itemClass.getSimpleName()).toList();
    }

    public static Optional<FactFileKind> forFile(String name) {
        return inCase().stream().filter(k -> k.fileName.equals(name)).findFirst();
    }

    /** Every file name a case folder may hold, for error messages. */
    public static List<String> allowedFileNames() {
        List<String> names = new java.util.ArrayList<>();
        names.add(CASE_FILE);
        inCase().stream().map(FactFileKind::fileName).forEach(names::add);
        names.add(EXPECTED_FILE);
        return names;
    }
}
