package io.github.bitforbit.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the command line, read from {@code version.properties} (filled in by the build
 * from the project version); {@code "dev"} if the file is missing or was not filtered.
 */
public final class Version implements IVersionProvider {

    private static final String VERSION = read();

    /** {@return the version string, e.g. {@code 0.1.0-SNAPSHOT}} */
    public static String version() {
        return VERSION;
    }

    /** What {@code bitforbit --version} prints. */
    @Override
    public String[] getVersion() {
        return new String[] {"bitforbit " + VERSION,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev").trim();
            return v.isEmpty() || v.contains("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
