package kb.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import kb.generate.GeneratedCase.CaseFile;

/**
 * Makes up hypothetical cases for tests and benchmarks, the same ones for the same seed.
 * Case {@code i} depends only on the seed and {@code i}, so {@code --cases 10} gives the
 * first ten cases of {@code --cases 1000}. Each case first draws a {@link Profile} (which
 * factors it should meet) and then makes facts that the rules will read that way: e.g. a
 * case meant to fail implementation only has visits, planned programmes or programmes before
 * the agreement or after the period. Every name, date and event is made up and says so.
 */
public final class CaseGenerator {
    /** The activities that give a case its shape (early contact, signing, one joint activity). */
    public static final int MIN_ACTIVITIES = 3;

    private static final String[] CONTACT_TYPES = {"EXPLORATION_VISIT", "MEETING", "OFFICIAL_VISIT"};
    private static final String[] JOINT_TYPES = {"JOINT_PROGRAMME", "EXCHANGE", "TRAINING", "TRADE_MISSION", "WORKING_DELEGATION"};
    private static final String[] CAUSES = {"GLOBALIZATION", "DECENTRALIZATION", "COMPLEMENTARITY", "EXTERNAL_STIMULUS", "REGIONAL_LEADERS"};
    private static final String[] MOTIVE_KINDS = {"ECONOMIC", "CULTURAL", "POLITICAL"};
    private static final String[] OUTCOME_KINDS = {"ECONOMIC_GAIN", "KNOWLEDGE_TRANSFER", "INVESTMENT", "EDUCATION_EXCHANGE", "CULTURAL_EXCHANGE"};
    private static final String[] PARTNER_COUNTRIES = {"Republic of Korea", "Japan", "China", "Australia", "Netherlands", "Malaysia"};
    private static final String[] LEVELS = {"CITY", "REGENCY", "PROVINCE"};
    static final String SOURCE_ID = "hypothetical";

    private final long seed;
    private final int activities;

    public CaseGenerator(long seed, int activities) {
        if (activities < MIN_ACTIVITIES) {
            throw new IllegalArgumentException("a generated case needs at least " + MIN_ACTIVITIES + " activities, not " + activities);
        }
        this.seed = seed;
        this.activities = activities;
    }

    /** Folder name of case {@code index}, zero-padded so names sort in order. */
    public static String name(int index) {
        return String.format("generated-%06d", index);
    }

    public GeneratedCase generate(int index) {
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        Plan p = new Plan(index, r, Profile.draw(r));
        List<CaseFile> files = new ArrayList<>();
        files.add(new CaseFile("case.json", json -> p.writeCase(json)));
        files.add(new CaseFile("sources.json", json -> list(json, "sources", "sources", () -> {
            json.writeStartObject();
            json.writeStringField("id", SOURCE_ID);
            json.writeStringField("citation", "Hypothetical case made up by kb generate (seed " + seed
                    + "); not evidence about any real partnership");
            json.writeEndObject();
        })));
        files.add(new CaseFile("causes.json", json -> list(json, "causes", "causes", () -> p.writeCauses(json))));
        files.add(new CaseFile("activities.json", json -> list(json, "activities", "activities", () -> p.writeActivities(json))));
        files.add(new CaseFile("motives.json", json -> list(json, "motives", "motives", () -> p.writeMotives(json))));
        files.add(new CaseFile("legal-instruments.json", json -> list(json, "legal-instruments", "legalInstruments", () -> p.writeLegal(json))));
        files.add(new CaseFile("central-government.json", json -> list(json, "central-government", "stances", () -> p.writeStances(json))));
        files.add(new CaseFile("outcomes.json", json -> list(json, "outcomes", "outcomes", () -> p.writeOutcomes(json))));
        files.add(new CaseFile("absences.json", json -> list(json, "absences", "absences", () -> p.writeAbsences(json))));
        return new GeneratedCase(name(index), p.profile, List.copyOf(files));
    }

    /** The year the generated law library's one permitting law takes effect. */
    static final int LAW_FROM = 1999;

    /**
     * The law library written beside the generated cases ({@code law/}): one hypothetical law
     * permitting regional cooperation abroad, in force from {@link #LAW_FROM}, and an older
     * one repealed in 1980, so F3.C2 has something to reject; between them no law permits it.
     */
    public List<CaseFile> lawLibrary() {
        List<CaseFile> files = new ArrayList<>();
        files.add(new CaseFile("sources.json", json -> list(json, "sources", "sources", () -> {
            json.writeStartObject();
            json.writeStringField("id", "hypothetical-law");
            json.writeStringField("citation", "Hypothetical law library made up by kb generate; not Indonesian law");
            json.writeEndObject();
        })));
        files.add(new CaseFile("instruments.json", json -> list(json, "instruments", "instruments", () -> {
            lawEntry(json, "H-old-law", "H 1/1970", "1970", "1980", null, "A hypothetical older law, repealed in 1980");
            lawEntry(json, "H-law", "H 1/" + LAW_FROM, String.valueOf(LAW_FROM), null, "H-old-law",
                    "A hypothetical national law permitting regional cooperation abroad");
        })));
        return files;
    }

    private static void lawEntry(JsonGenerator json, String id, String number, String from, String until, String replaces,
                                 String summary) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("kind", "LAW");
        json.writeStringField("number", number);
        json.writeStringField("title", summary);
        json.writeStringField("permitsSubnationalCooperation", "YES");
        json.writeStringField("inForceFrom", from);
        if (until != null) {
            json.writeStringField("inForceUntil", until);
        }
        if (replaces != null) {
            json.writeArrayFieldStart("replaces");
            json.writeString(replaces);
            json.writeEndArray();
        }
        json.writeStringField("summary", summary);
        json.writeStringField("basis", "HYPOTHETICAL");
        json.writeArrayFieldStart("sources");
        json.writeString("hypothetical-law");
        json.writeEndArray();
        json.writeEndObject();
    }

    @FunctionalInterface
    private interface Items {
        void write() throws IOException;
    }

    private static void list(JsonGenerator json, String schema, String field, Items items) throws IOException {
        json.writeStartObject();
        json.writeStringField("$schema", "../schema/" + schema + ".schema.json");
        json.writeArrayFieldStart(field);
        items.write();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** SplitMix64 of seed and index: neighbouring cases get unrelated streams. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The dates and choices of one case, drawn once so every file agrees with the others. */
    private final class Plan {
        final int index;
        final String id;
        final Profile profile;
        final int from;
        final int to;
        final long signing;          // epoch day of the MoU (or of the letter of intent when there is no MoU)
        final boolean letterOnly;    // legal basis fails by having only a letter of intent
        final boolean lawTooLate;    // legal basis fails because no permitting law was in force yet
        final boolean noCause;       // beginning fails for want of a documented cause
        final boolean noEarlyContact; // beginning fails because every contact came after the agreement
        final long activitySeed;
        final SplittableRandom r;

        Plan(int index, SplittableRandom r, Profile profile) {
            this.index = index;
            this.r = r;
            this.id = name(index);
            this.profile = profile;
            // Without an MoU nothing can be implemented, so "letter only" is kept for cases failing F4 too.
            this.letterOnly = !profile.legalBasis() && !profile.implementation() && r.nextBoolean();
            this.lawTooLate = !profile.legalBasis() && !letterOnly;
            // The generated law library's one law is in force from LAW_FROM: a case whose legal basis
            // must fail signs its MoU years before it.
            int start = 2005 + r.nextInt(12);
            this.from = lawTooLate ? start - 25 : start; // then the whole period ends before LAW_FROM
            this.to = from + 4 + r.nextInt(3);
            this.signing = dayIn(from, from + 1);
            // A letter of intent is itself an early step (F1.2), so then only a missing cause can fail F1.
            this.noCause = !profile.beginning() && (letterOnly || r.nextBoolean());
            this.noEarlyContact = !profile.beginning() && !noCause;
            this.activitySeed = r.nextLong();
        }

        long dayIn(int firstYear, int lastYear) {
            long a = LocalDate.of(firstYear, 1, 1).toEpochDay();
            long b = LocalDate.of(lastYear, 12, 31).toEpochDay();
            return a + r.nextLong(b - a + 1);
        }

        String date(long epochDay) {
            return LocalDate.ofEpochDay(epochDay).toString();
        }

        void writeCase(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("$schema", "../schema/case.schema.json");
            json.writeObjectFieldStart("partnership");
            json.writeStringField("id", id);
            json.writeStringField("title", "Hypothetical generated case " + index + " (seed " + seed + ")");
            json.writeBooleanField("hypothetical", true);
            party(json, "localGovernment", "kota-contoh-" + index, "Kota Contoh " + index + " (hypothetical)", "Indonesia");
            party(json, "partner", "partner-" + index, "Partner city " + index + " (hypothetical)",
                    PARTNER_COUNTRIES[r.nextInt(PARTNER_COUNTRIES.length)]);
            json.writeObjectFieldStart("period");
            json.writeNumberField("from", from);
            json.writeNumberField("to", to);
            json.writeEndObject();
            json.writeArrayFieldStart("sources");
            json.writeString(SOURCE_ID);
            json.writeEndArray();
            json.writeStringField("note", "Made up by kb generate for tests and benchmarks: every name, date and event here is hypothetical.");
            json.writeEndObject();
            json.writeEndObject();
        }

        void party(JsonGenerator json, String field, String partyId, String name, String country) throws IOException {
            json.writeObjectFieldStart(field);
            json.writeStringField("id", partyId);
            json.writeStringField("name", name);
            json.writeStringField("level", LEVELS[r.nextInt(LEVELS.length)]);
            json.writeStringField("country", country);
            json.writeEndObject();
        }

        void fact(JsonGenerator json, String factId, String summary) throws IOException {
            json.writeStringField("id", factId);
            json.writeStringField("summary", summary);
            json.writeStringField("basis", "HYPOTHETICAL");
            json.writeArrayFieldStart("sources");
            json.writeString(SOURCE_ID);
            json.writeEndArray();
        }

        void writeCauses(JsonGenerator json) throws IOException {
            int n = noCause ? 0 : 1 + r.nextInt(2);
            for (int i = 1; i <= n; i++) {
                json.writeStartObject();
                json.writeStringField("kind", CAUSES[r.nextInt(CAUSES.length)]);
                fact(json, id + "-C" + i, "A hypothetical cause of the cooperation");
                json.writeEndObject();
            }
        }

        void writeMotives(JsonGenerator json) throws IOException {
            List<String> sides = new ArrayList<>();
            if (profile.motives()) {
                if (r.nextInt(4) == 0) {
                    sides.add("BOTH");
                } else {
                    sides.add("LOCAL_GOVERNMENT");
                    sides.add("PARTNER");
                }
            } else {
                String only = r.nextBoolean() ? "LOCAL_GOVERNMENT" : "PARTNER";
                sides.add(only);
                if (r.nextBoolean()) {
                    sides.add(only);
                }
            }
            for (int i = 0; i < sides.size(); i++) {
                json.writeStartObject();
                json.writeStringField("side", sides.get(i));
                json.writeStringField("kind", MOTIVE_KINDS[r.nextInt(MOTIVE_KINDS.length)]);
                fact(json, id + "-M" + (i + 1), "A hypothetical motive of one side");
                json.writeEndObject();
            }
        }

        void writeLegal(JsonGenerator json) throws IOException {
            if (letterOnly) {
                legal(json, id + "-L-letter", "LETTER_OF_INTENT", false, date(signing), null, date(signing),
                        "A hypothetical letter of intent, never followed by an agreement");
            } else {
                if (profile.beginning() && r.nextInt(3) == 0) {
                    long letter = signing - 30 - r.nextInt(300);
                    legal(json, id + "-L-letter", "LETTER_OF_INTENT", false, date(letter), null, date(letter),
                            "A hypothetical letter of intent before the MoU");
                }
                legal(json, id + "-L-mou", "MEMORANDUM_OF_UNDERSTANDING", false, date(signing), null, date(signing),
                        "The hypothetical sister-city MoU");
            }
        }

        void legal(JsonGenerator json, String factId, String kind, boolean permits, String inForceFrom, String inForceUntil,
                   String signedOn, String summary) throws IOException {
            json.writeStartObject();
            json.writeStringField("kind", kind);
            json.writeStringField("title", summary);
            json.writeStringField("inForceFrom", inForceFrom);
            if (inForceUntil != null) {
                json.writeStringField("inForceUntil", inForceUntil);
            }
            if (signedOn != null) {
                json.writeStringField("signedOn", signedOn);
            }
            fact(json, factId, summary);
            json.writeEndObject();
        }

        /**
         * A factor meant to fail is recorded as searched and not found, so it is NOT MET rather
         * than UNDETERMINED; the rules count an absence only for an indicator that does not hold.
         * (A failing F5 needs none: its neutral or restrictive stance rules it out.) Draws nothing
         * from the random stream, so the other files stay as they were.
         */
        void writeAbsences(JsonGenerator json) throws IOException {
            if (!profile.beginning()) {
                absence(json, "F1", "I1.1", false);
                absence(json, "F1", "I1.2", false);
            }
            if (!profile.motives()) {
                absence(json, "F2", "I2.1", false);
                absence(json, "F2", "I2.2", false);
            }
            if (!profile.legalBasis()) {
                absence(json, "F3", "I3.1", false);
                absence(json, "F3", "I3.2", false);
            }
            if (!profile.implementation()) {
                absence(json, "F4", "I4.1", true);
            }
            if (!profile.consequences()) {
                absence(json, "F6", "I6.1", true);
            }
        }

        private void absence(JsonGenerator json, String factor, String indicator, boolean overThePeriod) throws IOException {
            json.writeStartObject();
            json.writeStringField("factor", factor);
            json.writeStringField("indicator", indicator);
            if (overThePeriod) {
                json.writeObjectFieldStart("searched");
                json.writeNumberField("from", from);
                json.writeNumberField("to", to);
                json.writeEndObject();
            }
            fact(json, id + "-AB-" + indicator, "The hypothetical sources were searched for " + indicator + " and it was not found");
            json.writeEndObject();
        }

        void writeStances(JsonGenerator json) throws IOException {
            List<String> stances = new ArrayList<>();
            if (profile.centralGovernment()) {
                stances.add(r.nextBoolean() ? "APPROVING" : "SUPPORTIVE");
                if (r.nextBoolean()) {
                    stances.add("NEUTRAL");
                }
            } else if (r.nextBoolean()) {
                stances.add("RESTRICTIVE");
                if (r.nextBoolean()) {
                    stances.add("SUPPORTIVE");
                }
            } else {
                stances.add("NEUTRAL");
            }
            for (int i = 0; i < stances.size(); i++) {
                json.writeStartObject();
                json.writeStringField("stance", stances.get(i));
                json.writeStringField("date", date(dayIn(from, to)));
                fact(json, id + "-S" + (i + 1), "A hypothetical " + stances.get(i).toLowerCase() + " stance of the central government");
                json.writeEndObject();
            }
        }

        void writeOutcomes(JsonGenerator json) throws IOException {
            int n = profile.consequences() ? 1 + r.nextInt(3) : r.nextInt(3);
            for (int i = 0; i < n; i++) {
                boolean counts = profile.consequences() && i == 0;
                boolean attributed = counts || r.nextBoolean();
                // An outcome that must not count is either not attributed or outside the period.
                long day = counts || !attributed ? dayIn(from, to) : dayIn(to + 1, to + 3);
                json.writeStartObject();
                json.writeStringField("kind", OUTCOME_KINDS[r.nextInt(OUTCOME_KINDS.length)]);
                json.writeStringField("date", date(day));
                json.writeBooleanField("attributedToCooperation", attributed);
                fact(json, id + "-O" + (i + 1), "A hypothetical outcome");
                json.writeEndObject();
            }
        }

        /**
         * Activity 1 is the early contact (or, failing F1, a contact after the agreement),
         * activity 2 the signing, activity 3 a joint activity that counts (or, failing F4, one
         * that does not); the rest is a random mix that keeps the intended reading.
         * Drawn from their own stream so writing a million of them needs no memory.
         */
        void writeActivities(JsonGenerator json) throws IOException {
            SplittableRandom a = new SplittableRandom(activitySeed);
            long periodEnd = LocalDate.of(to, 12, 31).toEpochDay();
            for (int i = 1; i <= activities; i++) {
                String type;
                String status = "REALISED";
                long day;
                if (i == 1) {
                    type = CONTACT_TYPES[a.nextInt(CONTACT_TYPES.length)];
                    day = noEarlyContact ? signing + 1 + a.nextInt(200) : signing - 1 - a.nextInt(400);
                } else if (i == 2) {
                    type = "SIGNING";
                    day = signing;
                } else if (i == 3 && profile.implementation()) {
                    type = JOINT_TYPES[a.nextInt(JOINT_TYPES.length)];
                    day = signing + 1 + a.nextLong(Math.max(1, periodEnd - signing));
                } else {
                    int pick = a.nextInt(10);
                    if (pick < 4) {
                        type = CONTACT_TYPES[a.nextInt(CONTACT_TYPES.length)];
                        // Failing F1 by contacts: no realised contact may come before the agreement.
                        day = noEarlyContact ? signing + a.nextInt(2000) : signing - 400 + a.nextInt(2000);
                    } else {
                        type = JOINT_TYPES[a.nextInt(JOINT_TYPES.length)];
                        day = signing - 400 + a.nextInt(2400);
                        if (!profile.implementation()) {
                            switch (a.nextInt(3)) {
                                case 0 -> status = a.nextBoolean() ? "PLANNED" : "CANCELLED";
                                case 1 -> day = signing - a.nextInt(400);                       // on or before the agreement
                                default -> day = periodEnd + 1 + a.nextInt(700);                 // after the period
                            }
                        }
                    }
                }
                json.writeStartObject();
                json.writeStringField("date", date(day));
                json.writeStringField("type", type);
                json.writeStringField("status", status);
                fact(json, id + "-A" + i, "Hypothetical " + type.toLowerCase().replace('_', ' ') + " " + i);
                json.writeEndObject();
            }
        }
    }
}
