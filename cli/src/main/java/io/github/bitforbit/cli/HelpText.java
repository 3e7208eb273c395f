package io.github.bitforbit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;

/**
 * The layout of {@code --help}: as wide as the terminal (the {@code COLUMNS} variable when set,
 * else picocli's detection, else 80), with descriptions wrapped at spaces only, so a path such as
 * {@code parties.DPRK.trust.initial} or a file name such as {@code cmp.svg} is never cut in two,
 * and the examples printed exactly as written (each fits in 80 columns), so they can be copied.
 * Picocli's own wrapping breaks after dots and commas.
 */
final class HelpText {

    /** The narrowest layout; below it the description column would be unreadable. */
    static final int MIN_WIDTH = 60;
    /** The widest left column (option names and labels); longer ones get a line of their own. */
    private static final int NAME_COLUMN = 28;

    private HelpText() {
    }

    /** Installs the layout on a command line and all its subcommands. */
    static void install(CommandLine cl) {
        Integer columns = columns(System.getenv("COLUMNS"));
        if (columns != null) {
            cl.setUsageHelpAutoWidth(false);
            cl.setUsageHelpWidth(columns);
        }
        apply(cl);
    }

    private static void apply(CommandLine cl) {
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                help -> wrap(String.join(" ", formatted(help.commandSpec().usageMessage().description())), "",
                        width(help)));
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> {
            StringBuilder b = new StringBuilder();
            for (PositionalParamSpec p : help.commandSpec().positionalParameters()) {
                if (!p.hidden()) {
                    entry(b, "      " + p.paramLabel(), p, width(help));
                }
            }
            return b.toString();
        });
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> {
            StringBuilder b = new StringBuilder();
            for (OptionSpec o : help.commandSpec().options()) {
                if (!o.hidden()) {
                    entry(b, names(o), o, width(help));
                }
            }
            return b.toString();
        });
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
            StringBuilder b = new StringBuilder();
            for (String line : formatted(help.commandSpec().usageMessage().footer())) {
                b.append(line).append('\n');
            }
            return b.toString();
        });
        for (CommandLine sub : cl.getSubcommands().values()) {
            apply(sub);
        }
    }

    private static int width(Help help) {
        return Math.max(MIN_WIDTH, help.commandSpec().usageMessage().width());
    }

    /** {@code "  -r, --rule-sets=A,B,..."}: short name, long name, label. */
    private static String names(OptionSpec o) {
        String shortName = null;
        String longName = null;
        for (String n : o.names()) {
            if (n.startsWith("--")) {
                longName = longName == null ? n : longName;
            } else {
                shortName = shortName == null ? n : shortName;
            }
        }
        String label = o.typeInfo().isBoolean() || o.arity().max() == 0 ? "" : "=" + o.paramLabel();
        String left = shortName == null ? "    " : shortName + (longName == null ? "  " : ", ");
        return "  " + left + (longName == null ? "" : longName) + label;
    }

    private static void entry(StringBuilder b, String left, ArgSpec arg, int width) {
        String text = String.join(" ", formatted(arg.description()));
        String indent = " ".repeat(NAME_COLUMN);
        if (left.length() + 2 > NAME_COLUMN) {
            b.append(left).append('\n').append(wrap(text, indent, width));
        } else {
            String first = wrap(text, indent, width);
            b.append(left).append(first.substring(left.length()));
        }
    }

    /** Picocli's descriptions are format strings ({@code %n}, {@code %%}). */
    private static List<String> formatted(String[] lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            try {
                out.add(String.format(Locale.ROOT, line));
            } catch (IllegalFormatException e) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * Words of {@code text} in lines of at most {@code width} columns, each line starting with
     * {@code indent}, broken at spaces only (a word longer than a line stands alone); line breaks
     * in the text are kept.
     */
    static String wrap(String text, String indent, int width) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder(indent);
            boolean empty = true;
            for (String word : paragraph.trim().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (!empty && line.length() + 1 + word.length() > width) {
                    out.append(line).append('\n');
                    line = new StringBuilder(indent);
                    empty = true;
                }
                line.append(empty ? "" : " ").append(word);
                empty = false;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The width from a {@code COLUMNS} value: a whole number, at least {@link #MIN_WIDTH}; null if unusable. */
    static Integer columns(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Math.max(MIN_WIDTH, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
