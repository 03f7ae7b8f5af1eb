package kb.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Changes from the file system's events (inotify on Linux) through Java's WatchService: the
 * thread sleeps in the kernel until a file under a watched folder is written, created, renamed
 * or deleted. Every folder under the roots is registered (the WatchService is not recursive),
 * and so is a folder created later. A root that is deleted and made again (a checkout) is
 * registered again when it is back; for that the wait wakes once a second, which costs nothing.
 */
final class EventChanges implements Changes {
    /** Why events cannot be used here; the watch then polls. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    private static final long RECHECK_SECONDS = 1;
    private final List<Path> roots;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    private EventChanges(List<Path> roots, WatchService service) {
        this.roots = roots;
        this.service = service;
    }

    static EventChanges open(List<Path> roots) throws Unavailable {
        WatchService service;
        try {
            service = FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            throw new Unavailable(String.valueOf(e.getMessage()));
        }
        // Some JDKs (macOS) only imitate events by polling every few seconds: slower than polling here.
        if (service.getClass().getName().contains("Polling")) {
            close(service);
            throw new Unavailable("this platform's WatchService polls every few seconds");
        }
        EventChanges changes = new EventChanges(roots, service);
        try {
            for (Path root : roots) {
                changes.registerTree(root);
            }
        } catch (IOException | UncheckedIOException e) {
            changes.close();
            throw new Unavailable(String.valueOf(e.getMessage()));
        }
        return changes;
    }

    @Override
    public void await() throws InterruptedException {
        while (true) {
            WatchKey key = service.poll(RECHECK_SECONDS, TimeUnit.SECONDS);
            if (key != null) {
                handle(key);
                return;
            }
            if (reregisterReturnedRoots()) {
                return;
            }
        }
    }

    @Override
    public void settle(Duration quiet) throws InterruptedException {
        WatchKey key;
        while ((key = service.poll(Math.max(1, quiet.toMillis()), TimeUnit.MILLISECONDS)) != null) {
            handle(key);
        }
    }

    /** Drains one key's events; registers new folders; a key whose folder went away is dropped. */
    private void handle(WatchKey key) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && folder != null && event.context() instanceof Path name) {
                Path created = folder.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException | UncheckedIOException e) {
                        // Gone again already; the next look sees the folders as they are.
                    }
                }
            }
            // An OVERFLOW (events lost) needs nothing more: the caller compares the whole folders anyway.
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** A root deleted and made again has no key any more; register it again once it is back. */
    private boolean reregisterReturnedRoots() {
        boolean any = false;
        for (Path root : roots) {
            boolean watched = folders.values().stream().anyMatch(root::equals);
            if (!watched && Files.isDirectory(root)) {
                try {
                    registerTree(root);
                    any = true;
                } catch (IOException | UncheckedIOException e) {
                    // Not there after all; try again at the next wake-up.
                }
            }
        }
        return any;
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
            }
        }
    }

    @Override
    public String describe() {
        return "file-system events";
    }

    @Override
    public void close() {
        close(service);
    }

    private static void close(WatchService service) {
        try {
            service.close();
        } catch (IOException e) {
            // Closing only frees the kernel's watch; nothing to tell the user.
        }
    }
}
