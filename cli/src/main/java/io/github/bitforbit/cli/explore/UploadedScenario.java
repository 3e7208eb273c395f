package io.github.bitforbit.cli.explore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.scenario.Problem;
import io.github.bitforbit.scenario.ScenarioException;
import io.github.bitforbit.scenario.Scenarios;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * A scenario uploaded as text, read without touching the file system.
 *
 * <p>A scenario file may say {@code extends: some/file.yaml}, which the loader reads from disk.
 * Uploaded text may only extend a built-in scenario: before the text reaches the loader, every
 * {@code extends} key anywhere in the document (so also in a mapping merged in with {@code <<}) is
 * checked to be a plain, non-alias name of a built-in scenario. The check reads the document with
 * the same streaming parser as the loader but with every limit at least as generous, so any text
 * the loader can read, the check has read first.
 */
final class UploadedScenario {

    private static final int GENEROUS = 1 << 24;
    private static final YAMLFactory YAML;
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(constraints()).build();

    static {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(GENEROUS);
        options.setNestingDepthLimit(GENEROUS);
        options.setCodePointLimit(GENEROUS);
        options.setAllowDuplicateKeys(true);
        options.setAllowRecursiveKeys(true);
        YAML = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints()).build();
    }

    private UploadedScenario() {
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(GENEROUS).maxStringLength(GENEROUS)
                .maxNumberLength(GENEROUS).build();
    }

    /**
     * The uploaded scenario.
     *
     * @throws BadRequest with every problem located by line and column, or for an {@code extends}
     *                    that names anything but a built-in scenario
     */
    static Scenario parse(ExplorerRequest.Upload upload) {
        String name = upload.name();
        checkExtends(upload.text(), name);
        try {
            return Scenarios.parse(upload.text(), name);
        } catch (ScenarioException e) {
            int n = e.problems().size();
            throw new BadRequest(400, name + " is not a valid scenario: " + n + (n == 1 ? " problem" : " problems"),
                    e.problems());
        }
    }

    private static void checkExtends(String text, String name) {
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        try (JsonParser p = json ? JSON.createParser(text) : YAML.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && "extends".equals(p.currentName())) {
                    JsonToken v = p.nextToken();
                    boolean alias = p instanceof YAMLParser y && y.isCurrentAlias();
                    String target = v == JsonToken.VALUE_STRING ? p.getText().trim() : null;
                    if (alias || target == null || !Scenarios.BUILT_IN.contains(target)) {
                        JsonLocation at = p.currentTokenLocation();
                        throw new BadRequest(400, name + ": an uploaded scenario can only extend a built-in scenario",
                                List.of(new Problem(name, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                                        "extends", "an uploaded scenario can only extend a built-in scenario ("
                                        + String.join(", ", Scenarios.BUILT_IN) + "), not a file")));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadRequest b) {
                throw b;
            }
            // Not readable even with generous limits: the loader, stricter, fails before resolving
            // any extends, and says where.
        }
    }
}
