package io.github.bitforbit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an output file so that it is either complete or absent: the content goes to a temporary
 * file in the same directory ({@code .NAME.RANDOM.tmp}), which is synced and then renamed over
 * the target in one atomic step. A temporary file left by a failure or an interrupt is deleted
 * ({@link #deleteTemporaries()} is called by the interrupt handler).
 */
public final class AtomicOutput {

    /** Writes the content of an output file to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes everything to {@code out}.
         *
         * @param out where to write
         * @throws IOException if it cannot be written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<Path> TEMPORARIES = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicOutput() {
    }

    /**
     * Checks before any work that {@code file} can be written: its directory exists and is
     * writable, and it is not a directory.
     *
     * @param file the file
     * @param option the option that named it, for the message (e.g. {@code --output})
     * @throws CliException (exit 2) saying what is wrong
     */
    public static void checkWritable(Path file, String option) {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw CliException.usage(option + " " + file + " is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw CliException.usage(option + " " + file + ": no such directory " + dir);
        }
        if (!Files.isWritable(dir)) {
            throw CliException.usage(option + " " + file + ": directory " + dir + " is not writable");
        }
    }

    /**
     * Writes text (UTF-8) to {@code file} atomically.
     *
     * @param file the file
     * @param text the text
     */
    public static void write(Path file, String text) {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code content} to {@code file} atomically.
     *
     * @param content the bytes or text to write
     * @param file the file
     * @throws CliException (exit 1) if it cannot be written; the target is then unchanged
     */
    public static void write(Path file, Content content) {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            // not Files.createTempFile: that makes the file private (0600); this keeps the umask's permissions
            tmp = dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            TEMPORARIES.add(tmp);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            TEMPORARIES.remove(tmp);
        } catch (AccessDeniedException e) {
            delete(tmp);
            throw CliException.failure("cannot write " + file + ": permission denied", e);
        } catch (IOException e) {
            delete(tmp);
            throw CliException.failure("cannot write " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            delete(tmp);
            throw e;
        }
    }

    /** Deletes every temporary file still being written (on interrupt). */
    public static void deleteTemporaries() {
        for (Path p : TEMPORARIES) {
            delete(p);
        }
    }

    private static void delete(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // best effort: it is a hidden temporary file
        }
        TEMPORARIES.remove(tmp);
    }
}
