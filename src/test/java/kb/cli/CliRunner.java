package kb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the kb command line in-process and keeps what it printed. */
public record CliRunner(int exitCode, String out, String err) {

    /** Runs with a standard output that fails every write, as {@code > /dev/full} does. */
    public static CliRunner runWithFullStdout(String... args) {
        StringWriter err = new StringWriter();
        java.io.Writer full = new java.io.Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        int code = Main.run(args, new PrintWriter(full, true), new PrintWriter(err, true));
        return new CliRunner(code, "", err.toString());
    }

    public static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner(code, out.toString(), err.toString());
    }
}
