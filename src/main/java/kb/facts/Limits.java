package kb.facts;

/** Input limits; each can be raised on the command line. */
public final class Limits {
    private Limits() {
    }

    /** Far above any hand-typed case (Batam–Gimje is a few kB) yet refuses a runaway file. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
}
