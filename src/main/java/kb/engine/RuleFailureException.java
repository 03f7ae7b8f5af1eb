package kb.engine;

/** The rules themselves failed at run time: a rule threw, or the rules kept firing. */
public final class RuleFailureException extends Exception {
    public RuleFailureException(String message, Throwable cause) {
        super(message, cause);
    }

    public RuleFailureException(String message) {
        super(message);
    }
}
