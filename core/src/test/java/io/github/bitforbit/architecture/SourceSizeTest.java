package io.github.bitforbit.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No source file of core's main sources has over 500 lines of code: a class that grows past it is
 * doing two jobs. Javadoc comments do not count: doclint asks every public member for its
 * parameters, result and failures, and documenting a class must never be what pushes it over.
 */
class SourceSizeTest {
    static final int LIMIT = 500;

    @Test
    void noMainSourceFileIsOverTheLimit() throws IOException {
        List<String> tooLong;
        long files;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            List<Path> java = walk.filter(p -> p.toString().endsWith(".java")).toList();
            files = java.size();
            tooLong = java.stream().filter(p -> codeLines(p) > LIMIT).map(p -> p + ": " + codeLines(p)).toList();
        }
        assertTrue(files > 50, "sources not found");
        assertEquals(List.of(), tooLong);
    }

    @Test
    void javadocLinesDoNotCountButEverythingElseDoes() {
        List<String> source = List.of(
                "/**", " * A class.", " */", "class A {", "    /** One line. */", "    int x; // a comment",
                "", "    /* not Javadoc */", "    int y; /** trailing */", "}");
        assertEquals(6, codeLines(source));
    }

    private static long codeLines(Path p) {
        try {
            return codeLines(Files.readAllLines(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lines that are not part of a Javadoc comment that starts its line. */
    static long codeLines(List<String> lines) {
        long count = 0;
        boolean inJavadoc = false;
        for (String line : lines) {
            String t = line.strip();
            if (!inJavadoc && t.startsWith("/**")) {
                inJavadoc = true;
            }
            if (inJavadoc) {
                inJavadoc = !t.endsWith("*/");
            } else {
                count++;
            }
        }
        return count;
    }
}
