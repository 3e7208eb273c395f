package io.github.bitforbit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitforbit.cli.explore.Explorer;
import io.github.bitforbit.cli.explore.ExplorerRequest;
import io.github.bitforbit.cli.explore.ExplorerServer;
import io.github.bitforbit.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code bitforbit explore}: a local web page where a deal's parameters are sliders and every
 * change re-runs a paired Monte Carlo (see docs/EXPLORER.md). It serves until Ctrl-C (exit 130).
 */
@Command(name = "explore", header = "Explore a deal in the browser: change it, see the odds move.", sortOptions = false,
        description = "Start a local web server with an interactive page: pick a scenario or upload one, choose "
                + "designs, move the sliders of its parameters, and on every change a paired Monte Carlo re-runs "
                + "and shows outcome shares with 95%% intervals, the paired differences, collapse and completion "
                + "over time, collapse causes, one run's story and a two-parameter heatmap. Prints the page's "
                + "address; Ctrl-C stops it.",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit explore",
                "  bitforbit explore hanoi-2019 --port 7070 --open",
                "  bitforbit explore my-deal.yaml"})
public final class ExploreCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = Scenarios.DEFAULT,
            description = "the scenario the page starts with: a built-in (see 'bitforbit list') or a scenario file; "
                    + "default: ${DEFAULT-VALUE}")
    String scenario;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "0",
            description = "the port to listen on; 0 (the default) takes a free one")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the address to listen on (default ${DEFAULT-VALUE}: only this machine can connect; "
                    + "0.0.0.0 lets any host on the network in)")
    String bind;

    @Option(names = "--open", description = "open the page in a browser, when there is one")
    boolean open;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Override
    void execute() throws Exception {
        if (port < 0 || port > 65_535) {
            throw CliException.usage("--port must be from 0 to 65535: " + port);
        }
        threads.check();
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw CliException.usage("--bind: unknown address '" + bind + "'", e);
        }
        ObjectNode initial = initial();
        Explorer explorer = new Explorer(threads.count());
        ExplorerServer server;
        try {
            server = ExplorerServer.start(explorer, initial, address, port, err());
        } catch (IOException e) {
            throw CliException.usage("cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
        try {
            out().println(server.url());
            out().flush();
            note("exploring " + scenario + " at " + server.url() + " (Ctrl-C stops)");
            if (!address.isLoopbackAddress()) {
                note("warning: listening on " + bind + ": other hosts can reach this explorer");
            }
            if (open) {
                openBrowser(server.url());
            }
            while (!Interrupts.cancelled()) {
                Thread.sleep(100);
            }
        } finally {
            server.close();
        }
        Interrupts.check("explorer stopped");
    }

    /**
     * The page's starting scenario: a built-in by name, or the operator's file, loaded here (with
     * any {@code extends} resolved) and handed to the page as YAML text, as if uploaded.
     */
    private ObjectNode initial() {
        ObjectNode o = JsonReport.mapper().createObjectNode();
        if (Scenarios.BUILT_IN.contains(scenario)) {
            return o.put("scenario", scenario);
        }
        LoadedScenario loaded = LoadedScenario.load(scenario, List.of());
        String text;
        try {
            text = Scenarios.toYaml(loaded.scenario());
        } catch (IllegalArgumentException e) {
            throw CliException.usage(scenario + " cannot be shown in the explorer: " + e.getMessage(), e);
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > ExplorerRequest.MAX_UPLOAD_BYTES) {
            throw CliException.usage(scenario + " is over the explorer's " + ExplorerRequest.MAX_UPLOAD_BYTES
                    + "-byte limit");
        }
        String name = Path.of(scenario).getFileName().toString().replaceAll("\\.json$", ".yaml");
        o.putObject("upload").put("name", name).put("text", text);
        return o;
    }

    private void openBrowser(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command;
        if (os.contains("mac")) {
            command = List.of("open", url);
        } else if (os.contains("win")) {
            command = List.of("rundll32", "url.dll,FileProtocolHandler", url);
        } else if (System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null) {
            command = List.of("xdg-open", url);
        } else {
            note("no display to open a browser on; open " + url + " yourself");
            return;
        }
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            note("could not open a browser (" + command.get(0) + "): open " + url + " yourself");
        }
    }
}
