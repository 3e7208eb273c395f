package io.github.bitforbit.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV dialect of every file the command line writes and reads back (RFC 4180 by Commons
 * CSV): comma-separated, fields quoted only when they hold a comma, a quote or a line break,
 * quotes doubled, {@code \n} between records, {@code #} lines before the header as comments.
 */
final class Csv {

    /** Writing: minimal quoting, {@code \n} records. */
    static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    /** Reading: as written, {@code #} comment lines skipped, empty lines ignored. */
    static final CSVFormat READ = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).get();

    private Csv() {
    }

    /** One record, with its line break. */
    static String line(List<?> cells) {
        StringBuilder b = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(b, WRITE)) {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /** One record, with its line break. */
    static String line(Object... cells) {
        return line(List.of(cells));
    }

    /**
     * The records of a CSV text, each as its cells, comments skipped.
     *
     * @throws IllegalArgumentException with the line number if the text is not well-formed CSV
     */
    static List<List<String>> records(String text) {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(READ).get()) {
            for (CSVRecord r : parser) {
                out.add(r.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return out;
    }
}
