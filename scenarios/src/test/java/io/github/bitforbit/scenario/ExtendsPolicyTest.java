package io.github.bitforbit.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where {@code extends} may reach ({@link ExtendsPolicy}), which files a load read, how the
 * files are named in problems, and that no file is read past the size limit.
 */
class ExtendsPolicyTest {

    private static final String BASE = "name: base\nparties:\n  - {id: USA, role: sanctioner}\n"
            + "  - {id: DPRK, role: target}\nconcessions:\n"
            + "  - {id: freeze, kind: disarmament, deterrence: 0.5, reversibility: 3, verifiability: 0.9}\n"
            + "  - {id: coal, kind: tranche, weight: 0.5}\n";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static String onlyProblem(Path file, ExtendsPolicy policy) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.loadSourced(file, policy));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0).message();
    }

    @Test
    void confinedExtendsStaysInTheScenariosDirectoryTree() throws IOException {
        Path outside = write("outside.yaml", BASE);
        write("project/lib/base.yaml", BASE);
        Path inside = write("project/inside.yaml", "extends: ./lib/base.yaml\nname: inside\n");
        Path up = write("project/up.yaml", "extends: ../outside.yaml\n");
        Path absolute = write("project/absolute.yaml", "extends: " + outside.toAbsolutePath() + "\n");
        Path sneaky = write("project/sneaky.yaml", "extends: ./lib/../../outside.yaml\n");
        Files.createSymbolicLink(tmp.resolve("project/link.yaml"), outside);
        Path viaLink = write("project/via-link.yaml", "extends: ./link.yaml\n");
        Path builtIn = write("project/built-in.yaml", "extends: demo\nname: mine\n");

        assertEquals("inside", Scenarios.loadSourced(inside, ExtendsPolicy.CONFINED).scenario().name());
        assertEquals("mine", Scenarios.loadSourced(builtIn, ExtendsPolicy.CONFINED).scenario().name());
        for (Path p : List.of(up, absolute, sneaky, viaLink)) {
            String m = onlyProblem(p, ExtendsPolicy.CONFINED);
            assertEquals(true, m.endsWith("': outside the scenario's directory; extends is confined to it (a built-in "
                    + "name, or a file in the same directory tree)"), p + ": " + m);
            assertEquals("base", Scenarios.loadSourced(p, ExtendsPolicy.ANY_PATH).scenario().name(), p.toString());
        }
        assertEquals("base", Scenarios.load(up).name(), "the default for a user's own files: any path");
    }

    @Test
    void confinedTextMayExtendBuiltInsAndFilesBesideItsSourceOnly() throws IOException {
        write("base.yaml", BASE);
        String text = "extends: ./base.yaml\nname: t\n";
        assertEquals("t", Scenarios.parse(text, tmp.resolve("t.yaml").toString(), ExtendsPolicy.CONFINED).name());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Scenarios.parse("extends: " + tmp.resolve("base.yaml") + "\n", "upload.yaml", ExtendsPolicy.CONFINED));
        assertEquals(true, e.problems().get(0).message().contains("outside the scenario's directory"), e.getMessage());
        assertEquals("demo", Scenarios.parse("extends: demo\n", "upload.yaml", ExtendsPolicy.CONFINED).name());
    }

    @Test
    void aLoadNamesEveryFileItReadByItsRealPath() throws IOException {
        Path base = write("lib/base.yaml", BASE);
        Path middle = write("lib/middle.yaml", "extends: ./base.yaml\nhorizon: 30\n");
        Path top = write("top.yaml", "extends: ./lib/middle.yaml\nname: top\n");
        Files.createSymbolicLink(tmp.resolve("alias.yaml"), top);
        SourcedScenario s = Scenarios.loadSourced(tmp.resolve("alias.yaml"), ExtendsPolicy.ANY_PATH);
        assertEquals(List.of(top.toRealPath(), middle.toRealPath(), base.toRealPath()), s.files());
        assertEquals(30, s.scenario().horizon());
        assertEquals(List.of(), Scenarios.resolveSourced("demo", ExtendsPolicy.ANY_PATH).files());
    }

    @Test
    void problemsNameFilesByNormalisedPaths() throws IOException {
        write("dir/base.yaml", BASE.replace("weight: 0.5", "weight: 1.5"));
        write("dir/c.yaml", "extends: ./././base.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Scenarios.load(tmp.resolve("dir/./././c.yaml")));
        assertEquals(tmp.resolve("dir/base.yaml").toString(), e.problems().get(0).file(), e.getMessage());
        ScenarioException top = assertThrows(ScenarioException.class,
                () -> Scenarios.load(tmp.resolve("dir/././nothing.yaml")));
        assertEquals(tmp.resolve("dir/nothing.yaml") + ":1:1: no such file", top.problems().get(0).toString());
    }

    @Test
    void extendsRefusesDirectoriesAndDevicesByWhatTheyAre() throws IOException {
        Files.createDirectories(tmp.resolve("sub"));
        assertEquals("extends './sub': is a directory, not a scenario file",
                onlyProblem(write("d.yaml", "extends: ./sub\n"), ExtendsPolicy.ANY_PATH));
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertEquals("extends '/dev/zero': not a regular file (a device, a pipe or a socket), not a scenario file",
                onlyProblem(write("z.yaml", "extends: /dev/zero\n"), ExtendsPolicy.ANY_PATH));
    }

    @Test
    void aDeviceOrAnEndlessPipeIsReadNoFurtherThanTheLimit() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")));
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            assertEquals("more than 1048576 bytes, over the limit (reading stopped there)",
                    onlyProblem(Path.of("/dev/zero"), ExtendsPolicy.ANY_PATH));
            Path fifo = tmp.resolve("endless.yaml");
            Process mk;
            try {
                mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
            } catch (IOException e) {
                assumeTrue(false, "no mkfifo");
                return;
            }
            assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
            Thread writer = new Thread(() -> {
                byte[] chunk = "sources: [x]\n".repeat(1000).getBytes();
                try (OutputStream out = Files.newOutputStream(fifo)) {
                    while (true) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    // the reader closed the pipe: what it should do
                }
            });
            writer.setDaemon(true);
            writer.start();
            assertEquals("more than 1048576 bytes, over the limit (reading stopped there)",
                    onlyProblem(fifo, ExtendsPolicy.ANY_PATH));
            writer.join(10_000);
        });
    }
}
