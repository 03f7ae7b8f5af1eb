package kb;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The tool's version, written in one place (pom.xml): the jar's manifest carries it
 * (Implementation-Version); run from compiled classes (tests), a resource filtered from the pom does.
 */
public final class Version {
    private Version() {
    }


    public static String tool() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : built("version");
    }

    /**
     * The Drools version the tool was built with (from the pom). Drools' own
     * {@code Drools.getFullVersion()} reads the manifest of the jar holding it, which in the
     * shaded kb.jar is kb's own.
     */
    public static String drools() {
        return built("drools");
    }

    private static String built(String key) {
        try (InputStream in = Version.class.getResourceAsStream("/kb/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty(key, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
