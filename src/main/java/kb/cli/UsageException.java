package kb.cli;

/** The user asked for something the command cannot do (a file that exists, a bad combination). */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
