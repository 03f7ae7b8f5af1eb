package kb.daemon;

/**
 * Keeps {@code System.exit} (a rule's consequence, a library) from ending the daemon while it
 * serves a request: the call throws instead, and the request ends as a rule failure (exit 3),
 * as the in-process run does. Only the daemon itself, stopping, may exit. Java 17 still has the
 * security manager for this ({@code -Djava.security.manager=allow} on the daemon's command line);
 * where it is gone, the daemon runs without the guard and a rule that exits ends it — the client
 * then says so and exits non-zero.
 */
@SuppressWarnings("removal")
final class ExitGuard extends SecurityManager {
    private static volatile boolean stopping;

    private ExitGuard() {
    }

    static boolean install() {
        try {
            System.setSecurityManager(new ExitGuard());
            return true;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The daemon is stopping on purpose: its own exit goes through. */
    static void allowExit() {
        stopping = true;
    }

    @Override
    public void checkExit(int status) {
        if (!stopping) {
            throw new SecurityException("called System.exit(" + status + ") while the rules were running; rules must not end the tool");
        }
    }

    @Override
    public void checkPermission(java.security.Permission perm) {
        // everything else is allowed, as without a security manager
    }

    @Override
    public void checkPermission(java.security.Permission perm, Object context) {
    }
}
