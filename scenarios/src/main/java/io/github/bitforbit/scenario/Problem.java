package io.github.bitforbit.scenario;

/**
 * One thing wrong with a scenario file, located where it is written.
 *
 * @param file    the file name as given (or the source name of parsed text)
 * @param line    1-based line
 * @param column  1-based column
 * @param path    where in the scenario, e.g. {@code parties[1].trust.initial} ("" for the whole file)
 * @param message what is wrong, one line, e.g. {@code 1.4 is not a probability (0..1)}
 */
public record Problem(String file, int line, int column, String path, String message) {

    /**
     * Checks the components.
     *
     * @param file see {@link #file()}
     * @param line see {@link #line()}
     * @param column see {@link #column()}
     * @param path see {@link #path()}
     * @param message see {@link #message()}
     */
    public Problem {
        // one line of printable text whatever a document held: control characters become '?'
        file = file == null ? "" : printable(file);
        path = path == null ? "" : printable(path);
        message = message == null ? "" : printable(message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim());
    }

    /** {@return the text with every control or direction character as {@code ?}} */
    static String printable(String s) {
        return s.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069]", "?");
    }

    /** {@code file:line:column: path: message}, the path left out when there is none. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
