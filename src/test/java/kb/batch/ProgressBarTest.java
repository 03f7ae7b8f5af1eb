package kb.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void aRunOverASecondShowsTheBarAndEndsItsLine() throws Exception {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = ProgressBar.start(new PrintWriter(err), 3, true)) {
            bar.caseDone();
            Thread.sleep(1300);
            bar.caseDone();
            bar.caseDone();
        }
        assertThat(err.toString()).contains("\r[").contains("3/3 cases").endsWith(System.lineSeparator());
    }

    @Test
    void aQuickRunPrintsNothing() {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = ProgressBar.start(new PrintWriter(err), 3, true)) {
            bar.caseDone();
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void whenOffItNeverPrints() throws Exception {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = ProgressBar.start(new PrintWriter(err), 1, false)) {
            Thread.sleep(1100);
            bar.caseDone();
        }
        assertThat(err.toString()).isEmpty();
    }
}
