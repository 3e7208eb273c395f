package io.github.bitforbit.cli.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server over real sockets: what it serves, what it refuses (always a 4xx with a message),
 * that it reaches only this machine when bound to 127.0.0.1, and that a page's newer request
 * cancels its older one while other pages are left alone.
 */
class ExplorerServerTest {

    private static final StringWriter LOG = new StringWriter();
    private static ExplorerServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        ObjectNode initial = Requests.JSON.createObjectNode().put("scenario", "hanoi-2019");
        server = ExplorerServer.start(new Explorer(2), initial,
                InetAddress.getLoopbackAddress(), 0, new PrintWriter(LOG, true));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
        assertEquals("", LOG.toString(), "no request failed inside the server");
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A 4xx whose body is {"error": message} with a message containing {@code part}, and no stack trace. */
    private static JsonNode refused(int status, HttpResponse<String> r, String part) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = Requests.JSON.readTree(r.body());
        String error = body.get("error").asText();
        assertTrue(error.contains(part), error);
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        return body;
    }

    /** A raw HTTP/1.1 exchange, for what a well-behaved client will not send. */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesThePageItsScriptsAndTheBuiltIns() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("bit-for-bit explorer"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(200, get("/assets/explorer.js").statusCode());
        assertEquals(200, get("/assets/charts.js").statusCode());
        HttpResponse<String> charts = get("/assets/echarts.min.js");
        assertEquals(200, charts.statusCode());
        assertTrue(charts.body().length() > 500_000, "the chart library is served from the jar");
        JsonNode list = Requests.JSON.readTree(get("/api/scenarios").body());
        assertEquals("dprk-2018", list.at("/scenarios/0/name").asText());
        assertEquals("hanoi-2019", Requests.JSON.readTree(get("/api/initial").body()).get("scenario").asText());
        HttpResponse<String> yaml = post("/api/yaml", Requests.dprk().toString());
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.body().contains("name: dprk-2018"));
    }

    @Test
    void aPathOutsideTheBuiltInsIsRefused() throws Exception {
        String traversal = raw("GET /assets/../../../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(traversal.startsWith("HTTP/1.1 404"), traversal);
        assertFalse(traversal.contains("root:"), traversal);
        refused(404, get("/io/github/bitforbit/cli/explore/Explorer.class"), "no such page");
        refused(400, post("/api/compare", Requests.dprk().put("scenario", "../../../../etc/passwd").toString()),
                "is not a built-in scenario's name");
        refused(404, post("/api/compare", Requests.dprk().put("scenario", "dprk-2019").toString()),
                "unknown built-in scenario 'dprk-2019'");
        ObjectNode upload = Requests.dprk();
        upload.putObject("upload").put("name", "../../x.yaml").put("text", "extends: /etc/passwd\nname: x\n");
        JsonNode body = refused(400, post("/api/compare", upload.toString()), "only extend a built-in");
        String problem = body.at("/problems/0/text").asText();
        assertTrue(problem.startsWith("x.yaml:1:10: extends: an uploaded scenario can only extend a built-in scenario"),
                problem);
    }

    @Test
    void anOversizedUploadIsRefused() throws Exception {
        ObjectNode big = Requests.dprk();
        big.putObject("upload").put("name", "big.yaml").put("text", "# " + "x".repeat(ExplorerRequest.MAX_UPLOAD_BYTES));
        refused(413, post("/api/describe", big.toString()), "over the 1048576-byte limit");
        String huge = "{\"pad\": \"" + "x".repeat(ExplorerRequest.MAX_BODY_BYTES) + "\"}";
        refused(413, post("/api/describe", huge), "over the " + ExplorerRequest.MAX_BODY_BYTES + "-byte limit");
    }

    @Test
    void aRunCountOverTheBoundIsRefused() throws Exception {
        refused(400, post("/api/compare", Requests.dprk().put("runs", 1_000_000).toString()),
                "runs must be from 1 to 50000");
        ObjectNode sweep = Requests.dprk();
        ObjectNode s = sweep.putObject("sweep").put("runsPerPoint", 2000);
        s.putObject("x").put("path", "horizon").put("low", 10).put("high", 60).put("levels", 12);
        s.putObject("y").put("path", "falseAlarm").put("low", 0).put("high", 0.5).put("levels", 12);
        refused(400, post("/api/sweep", sweep.toString()), "over the limit of 300000");
    }

    @Test
    void aMalformedParameterIsRefused() throws Exception {
        ObjectNode text = Requests.dprk();
        text.putObject("set").put("parties.DPRK.trust.initial", "high");
        refused(400, post("/api/compare", text.toString()), "'high' is not a number");
        ObjectNode range = Requests.dprk();
        range.putObject("set").put("parties.DPRK.trust.initial", 1.7);
        refused(400, post("/api/compare", range.toString()), "1.7 is not a probability");
        ObjectNode path = Requests.dprk();
        path.putObject("set").put("parties.DPRK.trust.inital", 0.3);
        refused(400, post("/api/compare", path.toString()), "trust.initial");
        refused(400, post("/api/compare", "{\"runs\": 2000,"), "not valid JSON");
    }

    @Test
    void crossSiteAndRebindingRequestsAreRefused() throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/compare"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("runs=2000")).build(), HttpResponse.BodyHandlers.ofString());
        refused(415, form, "must be JSON");
        String rebinding = raw("GET /api/scenarios HTTP/1.1\r\nHost: attacker.example:" + server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(rebinding.startsWith("HTTP/1.1 403"), rebinding);
        refused(405, get("/api/compare"), "use POST");
        refused(404, post("/api/nothing", "{}"), "no such API call");
    }

    @Test
    void boundTo127001ItRefusesConnectionsToAnyOtherAddress() throws Exception {
        // 127.0.0.2 is this machine too, but not the address bound: a connection from elsewhere
        // cannot reach the server either.
        try (Socket s = new Socket()) {
            assertThrows(ConnectException.class, () -> s.connect(new InetSocketAddress("127.0.0.2", server.port()), 3000));
        }
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    }

    @Test
    void aNewerRequestCancelsThePagesOlderOneAndOtherPagesAreLeftAlone() throws Exception {
        ObjectNode slow = Requests.dprk().put("client", "page-one-0000").put("runs", 50_000);
        CompletableFuture<HttpResponse<String>> older = http.sendAsync(
                HttpRequest.newBuilder(URI.create(server.url() + "api/compare")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(slow.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        ObjectNode other = Requests.dprk().put("client", "page-two-0000").put("runs", 500);
        other.putObject("set").put("parties.DPRK.trust.initial", 0.2);
        ObjectNode newer = Requests.dprk().put("client", "page-one-0000").put("runs", 500);
        HttpResponse<String> otherPage = post("/api/compare", other.toString());
        HttpResponse<String> newest = post("/api/compare", newer.toString());
        HttpResponse<String> old = older.get();
        refused(409, old, "cancelled by a newer request");
        assertEquals(200, newest.statusCode(), newest.body());
        assertEquals(200, otherPage.statusCode(), otherPage.body());
        JsonNode mine = Requests.JSON.readTree(newest.body());
        JsonNode theirs = Requests.JSON.readTree(otherPage.body());
        Explorer direct = new Explorer(1);
        assertEquals(direct.compare(Requests.parse(newer), null).get("designs").toString(),
                mine.get("designs").toString(), "a page gets its own settings' figures");
        assertEquals(direct.compare(Requests.parse(other), null).get("designs").toString(),
                theirs.get("designs").toString(), "and the other page its own");
    }
}
