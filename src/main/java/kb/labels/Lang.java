package kb.labels;

import java.util.Arrays;
import java.util.Locale;

/** The languages the labels are kept in; English is the default everywhere. */
public enum Lang {
    EN("en"), ID("id");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as in labels.json and the HTML {@code lang} attribute. */
    public String code() {
        return code;
    }

    /** "id" or "en" (any case); null when neither. */
    public static Lang of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }
}
