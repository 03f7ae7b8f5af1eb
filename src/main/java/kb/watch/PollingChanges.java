package kb.watch;

import java.time.Duration;

/** Looks again after every interval: for file systems without events (some network and container mounts). */
final class PollingChanges implements Changes {
    private final Duration interval;
    private final String description;

    PollingChanges(Duration interval, String description) {
        this.interval = interval;
        this.description = description;
    }

    @Override
    public void await() throws InterruptedException {
        Thread.sleep(interval.toMillis());
    }

    @Override
    public void settle(Duration quiet) throws InterruptedException {
        Thread.sleep(quiet.toMillis());
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
    }
}
