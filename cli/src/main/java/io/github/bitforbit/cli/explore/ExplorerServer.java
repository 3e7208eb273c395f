package io.github.bitforbit.cli.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bitforbit.montecarlo.CancellationToken;
import io.github.bitforbit.scenario.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The explorer's HTTP server (the JDK's own {@link HttpServer}): the page, its scripts and the
 * JSON API over {@link Explorer}.
 *
 * <p>Safe to leave running: it serves a fixed list of resources from the jar and reads no file;
 * request bodies are bounded ({@link ExplorerRequest#MAX_BODY_BYTES}) and so are run counts; bad
 * input is answered 4xx with {@code {"error": "..."}}, never a stack trace; at most
 * {@link #MAX_COMPUTING} computations run at once; a request whose Host header is not the
 * address it is served on is refused (no DNS rebinding), and so is a POST that is not JSON (no
 * cross-site form posts). It keeps no user's settings: every request carries them.
 *
 * <pre>
 * GET  /                   the page
 * GET  /assets/NAME        its script, style sheet and chart library
 * GET  /api/scenarios      the built-in scenarios
 * GET  /api/initial        the scenario the server was started with (a built-in's name or a file's text)
 * POST /api/describe       a scenario's designs, key parameters and paths
 * POST /api/compare        a paired Monte Carlo
 * POST /api/sweep          a two-parameter heatmap
 * POST /api/yaml           the scenario of the current settings, as YAML
 * </pre>
 */
public final class ExplorerServer implements AutoCloseable {

    /** The most Monte Carlo computations running at once; others wait up to {@link #WAIT_SECONDS}. */
    public static final int MAX_COMPUTING = 2;
    /** How long a request waits for a free computation slot before a 503. */
    static final int WAIT_SECONDS = 30;
    /** The most of an oversized request read (and dropped) before it is refused. */
    static final long DRAIN_BYTES = 64L << 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NODELAY = "sun.net.httpserver.nodelay";
    private static final String RESOURCES = "/io/github/bitforbit/cli/explore/";
    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** Every static resource served: name -> (classpath resource, content type). */
    private static final Map<String, String[]> ASSETS = Map.of(
            "/", new String[]{RESOURCES + "index.html", "text/html; charset=utf-8"},
            "/assets/explorer.js", new String[]{RESOURCES + "explorer.js", "text/javascript; charset=utf-8"},
            "/assets/charts.js", new String[]{RESOURCES + "charts.js", "text/javascript; charset=utf-8"},
            "/assets/explorer.css", new String[]{RESOURCES + "explorer.css", "text/css; charset=utf-8"},
            "/assets/echarts.min.js", new String[]{ECHARTS, "text/javascript; charset=utf-8"});

    private final Explorer explorer;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Semaphore computing = new Semaphore(MAX_COMPUTING, true);
    private final InFlight inFlight = new InFlight();
    private final PrintWriter log;
    private final boolean anyHost;
    private final ObjectNode initial;

    private ExplorerServer(Explorer explorer, HttpServer server, ExecutorService executor, PrintWriter log,
                           boolean anyHost, ObjectNode initial) {
        this.explorer = explorer;
        this.initial = initial;
        this.server = server;
        this.executor = executor;
        this.log = log;
        this.anyHost = anyHost;
    }

    /**
     * Starts a server.
     *
     * @param explorer what it serves
     * @param initial  the page's scenario when its address carries none: {@code {"scenario": NAME}} or
     *                 {@code {"upload": {"name": ..., "text": ...}}} (the operator's file, read by the command)
     * @param bind     the address to listen on, e.g. 127.0.0.1 (only this machine can connect)
     * @param port     the port, or 0 for a free one
     * @param log      where one line per failure goes (stderr)
     * @return the running server
     * @throws IOException if the address cannot be bound (in use, or not this machine's)
     */
    public static ExplorerServer start(Explorer explorer, ObjectNode initial, InetAddress bind, int port,
                                       PrintWriter log)
            throws IOException {
        // The JDK's server sends headers and body in separate writes: without TCP_NODELAY, Nagle's
        // algorithm and the client's delayed ACK add about 40 ms to every answer. It reads the
        // setting once, when its first server is made.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(bind, port), 64);
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "bitforbit-explore");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        ExplorerServer s = new ExplorerServer(explorer, http, pool, log, bind.isAnyLocalAddress(),
                initial.deepCopy());
        http.createContext("/", s::handle);
        http.start();
        return s;
    }

    /** {@return the port it listens on} */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@return the page's address, e.g. {@code http://127.0.0.1:7070/}} */
    public String url() {
        InetAddress a = server.getAddress().getAddress();
        String host = a.isAnyLocalAddress() ? "127.0.0.1" : a.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port() + "/";
    }

    /** Stops listening, waiting at most a second for requests under way. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }

    // ---------------------------------------------------------------- requests

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            try {
                route(x);
            } catch (BadRequest e) {
                refuse(x, e);
            } catch (Explorer.Cancelled e) {
                json(x, 409, JSON.createObjectNode().put("error", "cancelled by a newer request").put("cancelled", true));
            } catch (IOException e) {
                // the browser went away (a newer request replaced this one): nothing to answer
            } catch (RuntimeException | Error e) {
                log.println("bitforbit explore: error: " + x.getRequestMethod() + " " + x.getRequestURI().getRawPath()
                        + ": " + e);
                log.flush();
                json(x, 500, JSON.createObjectNode().put("error", "internal error (" + e.getClass().getSimpleName()
                        + "); see the server's log"));
            }
        } catch (IOException e) {
            // the connection closed while answering
        }
    }

    private void route(HttpExchange x) throws IOException {
        checkHost(x);
        String path = x.getRequestURI().getRawPath();
        String method = x.getRequestMethod().toUpperCase(Locale.ROOT);
        if (path.startsWith("/api/")) {
            switch (path) {
                case "/api/scenarios":
                    allow(method, "GET");
                    json(x, 200, explorer.scenarios());
                    return;
                case "/api/initial":
                    allow(method, "GET");
                    json(x, 200, initial);
                    return;
                case "/api/describe":
                    allow(method, "POST");
                    json(x, 200, explorer.describe(ExplorerRequest.parse(body(x))));
                    return;
                case "/api/compare":
                    allow(method, "POST");
                    json(x, 200, compute(ExplorerRequest.parse(body(x)), "compare", explorer::compare));
                    return;
                case "/api/sweep":
                    allow(method, "POST");
                    json(x, 200, compute(ExplorerRequest.parse(body(x)), "sweep", explorer::sweep));
                    return;
                case "/api/yaml": {
                    allow(method, "POST");
                    byte[] yaml = explorer.yaml(ExplorerRequest.parse(body(x))).getBytes(StandardCharsets.UTF_8);
                    x.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"scenario.yaml\"");
                    send(x, 200, "application/yaml; charset=utf-8", yaml);
                    return;
                }
                default:
                    throw new BadRequest(404, "no such API call: " + ExplorerRequest.clip(path), List.of());
            }
        }
        String[] asset = ASSETS.get(path);
        if (asset == null) {
            throw new BadRequest(404, "no such page: " + ExplorerRequest.clip(path)
                    + " (the explorer serves only its own page and scripts)", List.of());
        }
        allow(method, "GET");
        try (InputStream in = ExplorerServer.class.getResourceAsStream(asset[0])) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + asset[0]);
            }
            x.getResponseHeaders().set("Cache-Control", "no-cache");
            send(x, 200, asset[1], in.readAllBytes());
        }
    }

    private ObjectNode compute(ExplorerRequest r, String kind,
                               BiFunction<ExplorerRequest, CancellationToken, ObjectNode> work) {
        CancellationToken token = inFlight.begin(r.client(), kind);
        try {
            if (!computing.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new BadRequest(429, "the explorer is busy with other requests; try again", List.of());
            }
            try {
                if (token.isCancelled()) {
                    throw new Explorer.Cancelled();
                }
                return work.apply(r, token);
            } finally {
                computing.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Explorer.Cancelled();
        } finally {
            inFlight.end(r.client(), kind, token);
        }
    }

    /** Refuses a Host header other than this server's address (a DNS-rebinding page would send its own name). */
    private void checkHost(HttpExchange x) {
        if (anyHost) {
            return;
        }
        String host = x.getRequestHeaders().getFirst("Host");
        int port = port();
        InetAddress bound = server.getAddress().getAddress();
        boolean ok = host != null && (host.equals(bound.getHostAddress() + ":" + port)
                || host.equals("[" + bound.getHostAddress() + "]:" + port)
                || (bound.isLoopbackAddress() && (host.equals("localhost:" + port) || host.equals("127.0.0.1:" + port)
                || host.equals("[::1]:" + port))));
        if (!ok) {
            throw new BadRequest(403, "Host '" + ExplorerRequest.clip(String.valueOf(host))
                    + "' is not this explorer's address", List.of());
        }
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new BadRequest(405, method + " is not allowed here; use " + allowed, List.of());
        }
    }

    private static byte[] body(HttpExchange x) throws IOException {
        String type = x.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new BadRequest(415, "the request body must be JSON (Content-Type: application/json)", List.of());
        }
        String length = x.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw new BadRequest("Content-Length is not a number");
            }
            if (n > ExplorerRequest.MAX_BODY_BYTES) {
                drain(x.getRequestBody());
                throw tooLarge(n);
            }
        }
        InputStream in = x.getRequestBody();
        byte[] bytes = in.readNBytes(ExplorerRequest.MAX_BODY_BYTES + 1);
        if (bytes.length > ExplorerRequest.MAX_BODY_BYTES) {
            drain(in);
            throw tooLarge(bytes.length);
        }
        return bytes;
    }

    /**
     * Reads and drops what the client is still sending (at most {@link #DRAIN_BYTES}), so that it
     * reads the refusal instead of a reset connection; memory use stays fixed.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_BYTES;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    private static BadRequest tooLarge(long n) {
        return new BadRequest(413, "the request is " + n + " bytes, over the " + ExplorerRequest.MAX_BODY_BYTES
                + "-byte limit", List.of());
    }

    private static void refuse(HttpExchange x, BadRequest e) throws IOException {
        ObjectNode o = JSON.createObjectNode().put("error", e.getMessage());
        if (!e.problems().isEmpty()) {
            ArrayNode problems = o.putArray("problems");
            for (Problem p : e.problems()) {
                problems.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column())
                        .put("path", p.path()).put("message", p.message()).put("text", p.toString());
            }
        }
        if (e.status() == 413) {
            x.getResponseHeaders().set("Connection", "close");
        }
        json(x, e.status(), o);
    }

    private static void json(HttpExchange x, int status, ObjectNode body) throws IOException {
        x.getResponseHeaders().set("Cache-Control", "no-store");
        send(x, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange x, int status, String type, byte[] bytes) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        x.getResponseHeaders().set("X-Frame-Options", "DENY");
        x.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        x.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; "
                + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
