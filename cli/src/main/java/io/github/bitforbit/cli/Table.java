package io.github.bitforbit.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A titled table of text cells, rendered for a terminal (aligned columns) or as Markdown. Columns
 * whose header is given with a leading {@code >} are right-aligned (numbers).
 */
public final class Table {

    private final String title;
    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> right = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private String note;

    /**
     * An empty table.
     *
     * @param title   its title (may be null)
     * @param headers column headers; {@code ">name"} makes the column right-aligned
     */
    public Table(String title, String... headers) {
        this.title = title;
        for (String h : headers) {
            boolean r = h.startsWith(">");
            this.headers.add(r ? h.substring(1) : h);
            this.right.add(r);
        }
    }

    /**
     * Adds a row, one cell per column (missing cells are empty).
     *
     * @param cells the cells, one per column
     * @return this builder
     */
    public Table row(String... cells) {
        List<String> r = new ArrayList<>(Arrays.asList(cells));
        while (r.size() < headers.size()) {
            r.add("");
        }
        rows.add(r);
        return this;
    }

    /**
     * A line printed under the table (may be null).
     *
     * @param text one line, or null for none
     * @return this builder
     */
    public Table note(String text) {
        this.note = text;
        return this;
    }

    /** {@return whether it has no rows} */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Appends the table for a terminal: the title, then columns two spaces apart.
     *
     * @param out where to write
     */
    public void text(StringBuilder out) {
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        if (title != null) {
            out.append(title).append('\n');
        }
        line(out, headers, width);
        for (List<String> r : rows) {
            line(out, r, width);
        }
        if (note != null) {
            out.append("  ").append(note).append('\n');
        }
    }

    /**
     * Appends the table as Markdown: a level-3 heading, then a pipe table.
     *
     * @param out where to write
     */
    public void markdown(StringBuilder out) {
        if (title != null) {
            out.append("### ").append(title).append("\n\n");
        }
        out.append('|');
        for (String h : headers) {
            out.append(' ').append(escape(h)).append(" |");
        }
        out.append("\n|");
        for (boolean r : right) {
            out.append(r ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append('|');
            for (String cell : row) {
                out.append(' ').append(escape(cell)).append(" |");
            }
            out.append('\n');
        }
        if (note != null) {
            out.append('\n').append(note).append('\n');
        }
        out.append('\n');
    }

    private void line(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder("  ");
        for (int c = 0; c < width.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            b.append(right.get(c) ? pad + cell : cell + pad);
            if (c < width.length - 1) {
                b.append("  ");
            }
        }
        out.append(b.toString().stripTrailing()).append('\n');
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
