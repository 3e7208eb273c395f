package io.github.bitforbit.cli;

/**
 * A report being written as plain text or as Markdown: headings, paragraphs, tables and the
 * provenance, each in the form of the chosen one, so that every report that can be both
 * ({@code run}, {@code compare}, {@code robust}) lays them out alike.
 */
final class Document {
    private final boolean markdown;
    private final StringBuilder out = new StringBuilder();

    Document(boolean markdown) {
        this.markdown = markdown;
    }

    boolean markdown() {
        return markdown;
    }

    /** A title and the line (or lines) under it; Markdown keeps the subtitle's line breaks. */
    void heading(String title, String subtitle) {
        if (markdown) {
            out.append("## ").append(title).append("\n\n").append(subtitle.replace("\n", "  \n")).append("\n\n");
        } else {
            out.append(title).append('\n').append(subtitle).append("\n\n");
        }
    }

    void paragraph(String text) {
        out.append(text).append("\n\n");
    }

    void table(Table t) {
        if (markdown) {
            t.markdown(out);
        } else {
            t.text(out);
            out.append('\n');
        }
    }

    /** The provenance: {@code #} comments in text, a folded list in Markdown. */
    void provenance(Provenance p) {
        if (markdown) {
            out.append("<details><summary>Provenance</summary>\n\n");
            p.shownKeys().forEach(k -> out.append("- ").append(k).append(": `").append(p.text(k)).append("`\n"));
            out.append("\n</details>\n");
        } else {
            out.append(p.comments());
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
