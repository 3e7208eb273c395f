package io.github.bitforbit.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The corpus of malformed files in {@code src/test/resources/malformed}: each must fail with
 * exactly the problems of {@code expectations.tsv} (line, column, path and message), and nothing
 * but a {@link ScenarioException} may escape.
 */
class MalformedFilesTest {

    private static Path dir() {
        try {
            return Path.of(MalformedFilesTest.class.getResource("/malformed/expectations.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** file name to its expected problems, in order, as "line:column: path: message". */
    private static Map<String, List<String>> expectations() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(dir().resolve("expectations.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Problem p = new Problem(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4]);
                out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(p.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Stream<String> files() {
        return expectations().keySet().stream();
    }

    private static List<String> problems(Path file) {
        try {
            Scenarios.load(file);
        } catch (ScenarioException e) {
            List<String> out = new ArrayList<>();
            for (Problem p : e.problems()) {
                // the file is named as given; compare by file name
                out.add(new Problem(Path.of(p.file()).getFileName().toString(), p.line(), p.column(), p.path(),
                        p.message()).toString());
                assertTrue(!p.message().contains("\n") && !p.message().contains("\tat "), "one line, no stack: " + p);
            }
            assertEquals(String.join("\n", out).length() > 0, true);
            return out;
        } catch (RuntimeException | Error e) {
            fail(file.getFileName() + ": " + e.getClass().getName() + " escaped: " + e.getMessage());
        }
        fail(file.getFileName() + " loaded, but it is malformed");
        return List.of();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void failsWithExactlyTheExpectedProblems(String name) {
        assertEquals(expectations().get(name), problems(dir().resolve(name)), name);
    }

    @Test
    void theCorpusIsLargeAndEveryFileHasExpectations() throws IOException {
        List<String> names;
        try (Stream<Path> s = Files.list(dir())) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expectations.tsv")).sorted().toList();
        }
        assertTrue(names.size() >= 30, "at least 30 malformed files, found " + names.size());
        assertEquals(names, expectations().keySet().stream().sorted().toList());
    }

    @Test
    void theMessageIsOneProblemPerLineInFileLineColumnPathForm() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Scenarios.load(dir().resolve("many-errors.yaml")));
        String[] lines = e.getMessage().split(System.lineSeparator());
        assertEquals(e.problems().size(), lines.length);
        assertTrue(lines[1].matches(".*many-errors\\.yaml:6:22: parties\\[0]\\.trust\\.initial: 2 is not a probability \\(0\\.\\.1\\)"),
                lines[1]);
    }

    @Test
    void aFileOfSeveralMegabytesIsRefusedBeforeReading(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.yaml");
        StringBuilder b = new StringBuilder("name: big\nsources:\n");
        while (b.length() < 3 * 1024 * 1024) {
            b.append("  - \"padding padding padding padding padding padding padding padding\"\n");
        }
        Files.writeString(big, b);
        long size = Files.size(big);
        assertEquals(List.of("big.yaml:1:1: file is " + size + " bytes, over the 1048576-byte limit"), problems(big));
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.parse(b.toString(), "big.yaml"));
        assertTrue(e.problems().get(0).message().endsWith("over the 1048576-byte limit"));
    }

    @Test
    void binaryContentIsRefused(@TempDir Path tmp) throws IOException {
        Path bin = tmp.resolve("image.yaml");
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (255 - i);
        }
        bytes[10] = 0;
        Files.write(bin, bytes);
        List<String> got = problems(bin);
        assertEquals(1, got.size());
        assertTrue(got.get(0).startsWith("image.yaml:1:1: binary content (a NUL byte at offset "), got.get(0));
    }

    @Test
    void invalidUtf8IsRefused(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("latin1.yaml");
        Files.write(f, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("latin1.yaml:1:1: not UTF-8 text (an invalid byte at offset 9): a scenario is a YAML or "
                + "JSON text file"), problems(f));
    }

    @Test
    void aFileThatIsNotAScenarioIsNeverQuoted(@TempDir Path tmp) throws IOException {
        Path secret = tmp.resolve("secret");
        Files.writeString(secret, "root:$6$salt$hash:20228:0:99999:7:::\nbin:*:20228:0:99999:7:::\n");
        Path keys = tmp.resolve("keys");
        Files.writeString(keys, "root: hunter2\nadmin: swordfish\n");
        Path scalar = tmp.resolve("scalar");
        Files.writeString(scalar, "hunter2 is the password of root\n");
        for (Path target : List.of(secret, keys, scalar)) {
            Path f = tmp.resolve("extends-" + target.getFileName() + ".yaml");
            Files.writeString(f, "extends: " + target + "\n");
            List<String> got = problems(f);
            assertEquals(1, got.size(), got.toString());
            assertTrue(got.get(0).startsWith(target.getFileName() + ":1:1: not a scenario: "), got.get(0));
            for (String word : List.of("root", "hunter2", "swordfish", "salt", "bin")) {
                assertTrue(!got.get(0).contains(word), "no excerpt of a file that is not a scenario: " + got.get(0));
            }
        }
        assertEquals(List.of("secret:1:1: not a scenario: none of its 2 top-level keys is a scenario key (such as name, "
                + "parties, concessions)"), problems(tmp.resolve("extends-secret.yaml")));
        assertEquals(List.of("scalar:1:1: not a scenario: a scenario is a mapping of keys to values, found a single "
                + "value"), problems(tmp.resolve("extends-scalar.yaml")));
        Path passwd = Path.of("/etc/passwd");
        if (Files.isReadable(passwd)) {
            Path f = tmp.resolve("passwd.yaml");
            Files.writeString(f, "extends: /etc/passwd\n");
            List<String> got = problems(f);
            assertEquals(1, got.size(), got.toString());
            assertTrue(got.get(0).startsWith("passwd:1:1: not a scenario: "), got.get(0));
            assertTrue(!got.get(0).contains("root"), got.get(0));
        }
    }

    @Test
    void aQuotedValueIsAShortExcerpt(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("long.yaml");
        Files.writeString(f, "name: long\nhorizon: \"" + "x".repeat(500) + "\"\nparties: []\nconcessions: []\n");
        List<String> got = problems(f);
        assertTrue(got.contains("long.yaml:2:10: horizon: expected a whole number, found the text '" + "x".repeat(40)
                + "...'"), got.toString());
    }

    @Test
    void aMissingFileIsAProblemToo(@TempDir Path tmp) {
        assertEquals(List.of("nothing.yaml:1:1: no such file"), problems(tmp.resolve("nothing.yaml")));
        assertEquals(List.of(tmp.getFileName() + ":1:1: is a directory, not a scenario file"), problems(tmp));
    }
}
