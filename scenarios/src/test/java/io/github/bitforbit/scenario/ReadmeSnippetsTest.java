package io.github.bitforbit.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's Java examples are the code that {@code ReadmeExampleTest} (core) and
 * {@link ReadmeBuilderExampleTest} compile and run: each README block is its test's imports that
 * the snippet needs, a blank line, then the lines between {@code // README:begin} and
 * {@code // README:end}, exactly. So a snippet copied from the README compiles as it stands.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void readmeJavaBlocksAreTheTestedCodeWithTheirImports() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        // "Extending the model" has its own check (ReadmeExtensionExampleTest, examples module)
        int from = readme.indexOf("\n## The Java API\n");
        int to = readme.indexOf("\n## ", from + 1);
        assertTrue(from >= 0 && to > from, "README has a section 'The Java API'");
        List<String> blocks = javaBlocks(readme.substring(from, to));
        assertEquals(2, blocks.size(), "the README's section 'The Java API' has two Java examples");
        check(blocks.get(0), ROOT.resolve("core/src/test/java/io/github/bitforbit/ReadmeExampleTest.java"));
        check(blocks.get(1), ROOT.resolve("scenarios/src/test/java/io/github/bitforbit/scenario/ReadmeBuilderExampleTest.java"));
    }

    private static void check(String block, Path test) throws IOException {
        String source = Files.readString(test, StandardCharsets.UTF_8);
        int begin = source.indexOf("// README:begin\n");
        int end = source.indexOf("// README:end");
        assertTrue(begin > 0 && end > begin, "markers in " + test);
        String body = source.substring(begin + "// README:begin\n".length(), source.lastIndexOf('\n', end) + 1);
        String indent = body.substring(0, body.length() - body.stripLeading().length());
        StringBuilder snippet = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            snippet.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
        }
        String code = snippet.toString().stripTrailing() + "\n";
        List<String> imports = new ArrayList<>();
        for (String line : source.split("\n")) {
            if (line.startsWith("import io.github.bitforbit.") || line.startsWith("import java.")) {
                String simple = line.substring(line.lastIndexOf('.') + 1, line.length() - 1);
                if (Pattern.compile("\\b" + simple + "\\b").matcher(code).find()) {
                    imports.add(line);
                }
            }
        }
        assertEquals(String.join("\n", imports) + "\n\n" + code, block, "README block for " + test.getFileName());
    }

    private static List<String> javaBlocks(String markdown) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
