package io.github.bitforbit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bitforbit explore} from the packaged jar: it prints its address, serves, and Ctrl-C stops it with 130. */
class ExploreIT {

    @TempDir
    Path dir;

    @Test
    void servesOnAFreeLoopbackPortUntilCtrlC() throws Exception {
        try (ExplorerProcess e = ExplorerProcess.start(dir, "hanoi-2019")) {
            assertTrue(e.url.matches("http://127\\.0\\.0\\.1:\\d+/"), e.url);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(e.url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            HttpResponse<String> initial = http.send(HttpRequest.newBuilder(URI.create(e.url + "api/initial")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("{\"scenario\":\"hanoi-2019\"}", initial.body());
            assertEquals(BitForBit.INTERRUPTED, e.interrupt());
            assertFalse(e.stderr().contains("Exception"), e.stderr());
        }
    }

    @Test
    void aScenarioFileIsHandedToThePageAsText() throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "extends: demo\nname: mine\nhorizon: 30\n");
        try (ExplorerProcess e = ExplorerProcess.start(dir, file.toString(), "--threads", "1")) {
            String initial = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(e.url + "api/initial"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(initial.contains("\"name\":\"mine.yaml\"") && initial.contains("horizon: 30"), initial);
            assertFalse(initial.contains("extends"), "the file's extends is resolved by the command: " + initial);
            assertEquals(BitForBit.INTERRUPTED, e.interrupt());
        }
    }

    @Test
    void helpSaysWhatItDoes() throws Exception {
        Jar.Result help = Jar.run(dir, "explore", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("95% intervals") && help.out().contains("--bind"), help.out());
        assertEquals("", help.err());
    }

    @Test
    void badArgumentsExitWithTwoAndOneLine() throws Exception {
        Jar.Result unknown = Jar.run(dir, "explore", "dprk-2091");
        assertEquals(BitForBit.USAGE, unknown.code(), unknown.err());
        assertTrue(unknown.err().contains("dprk-2018"), unknown.err());
        Jar.Result port = Jar.run(dir, "explore", "--port", "70000");
        assertEquals(BitForBit.USAGE, port.code());
        assertTrue(port.err().contains("--port must be from 0 to 65535"), port.err());
        Jar.Result threads = Jar.run(dir, "explore", "--threads", "5000");
        assertEquals(BitForBit.USAGE, threads.code());
        assertTrue(threads.err().contains("--threads must be between 1 and 1024: 5000"), threads.err());
        // a documentation address (RFC 5737) that is not this machine's: binding fails, nothing is sent
        Jar.Result bind = Jar.run(dir, "explore", "--bind", "192.0.2.1");
        assertEquals(BitForBit.USAGE, bind.code());
        assertTrue(bind.err().startsWith("bitforbit: error: cannot listen on 192.0.2.1:0"), bind.err());
        assertFalse(bind.err().contains("\tat "), bind.err());
    }
}
