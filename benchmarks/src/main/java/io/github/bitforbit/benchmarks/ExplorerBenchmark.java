package io.github.bitforbit.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitforbit.cli.explore.Explorer;
import io.github.bitforbit.cli.explore.ExplorerRequest;
import io.github.bitforbit.cli.explore.ExplorerServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The explorer's response time: one slider move, i.e. a paired Monte Carlo of {@code dprk-2018}
 * under all-or-nothing and bit-for-bit ({@code runs} runs each, the page's default 2,000) with its
 * cumulative incidence, collapse causes and one run's trace, as JSON. {@code response} goes through
 * the HTTP server on the loopback interface, as the page does; {@code compute} is the same work
 * without HTTP. Target: a response in under 300 ms. Each call uses a new master seed.
 *
 * <p>The server runs each Monte Carlo on every processor, as {@code bitforbit explore} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExplorerBenchmark {

    /** Runs per design. */
    @Param({"2000"})
    public int runs;

    private Explorer explorer;
    private ExplorerServer server;
    private HttpClient http;
    private URI compare;
    private long seed;

    /** Starts the server on a free loopback port. */
    @Setup
    public void setUp() throws IOException {
        explorer = new Explorer(Runtime.getRuntime().availableProcessors());
        server = ExplorerServer.start(explorer, new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("scenario", "dprk-2018"), InetAddress.getLoopbackAddress(), 0, new PrintWriter(System.err, true));
        http = HttpClient.newHttpClient();
        compare = URI.create(server.url() + "api/compare");
    }

    /** Stops the server. */
    @TearDown
    public void tearDown() {
        server.close();
    }

    private String body() {
        return "{\"scenario\": \"dprk-2018\", \"designs\": [\"all-or-nothing\", \"bit-for-bit\"], \"runs\": " + runs
                + ", \"seed\": " + (seed++) + ", \"set\": {\"parties.DPRK.trust.initial\": 0.3}}";
    }

    /** One slider move, answered over HTTP: the time until the page has its JSON. */
    @Benchmark
    public String response() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(compare).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** The same work without HTTP. */
    @Benchmark
    public ObjectNode compute() {
        return explorer.compare(ExplorerRequest.parse(body().getBytes(StandardCharsets.UTF_8)), null);
    }
}
