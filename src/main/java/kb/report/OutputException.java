package kb.report;

/**
 * An output that was refused (it is an input of the run, a device, a folder) or could not be
 * written (permission, no space, a file where a folder should be). The message is one line
 * naming the path and the reason; the command exits 2 and leaves nothing behind.
 */
public final class OutputException extends Exception {
    public OutputException(String message) {
        super(message);
    }
}
