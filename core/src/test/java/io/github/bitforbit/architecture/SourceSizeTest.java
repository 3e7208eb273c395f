package io.github.bitforbit.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No source file of core's main sources is over 500 lines: a class that grows past it is doing two jobs. */
class SourceSizeTest {
    static final int LIMIT = 500;

    @Test
    void noMainSourceFileIsOverTheLimit() throws IOException {
        List<String> tooLong;
        long files;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            List<Path> java = walk.filter(p -> p.toString().endsWith(".java")).toList();
            files = java.size();
            tooLong = java.stream().filter(p -> lines(p) > LIMIT).map(p -> p + ": " + lines(p)).toList();
        }
        assertTrue(files > 50, "sources not found");
        assertEquals(List.of(), tooLong);
    }

    private static long lines(Path p) {
        try (Stream<String> l = Files.lines(p)) {
            return l.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
