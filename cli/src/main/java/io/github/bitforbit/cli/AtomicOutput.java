package io.github.bitforbit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Writes an output file so that it is either complete or absent: the content goes to a temporary
 * file in the target's directory ({@code .NAME.RANDOM.tmp}), which is synced and then renamed over
 * the target in one atomic step. What the target is decides how:
 * <ul>
 *   <li>a symbolic link is written through: the file it points to is replaced, the link stays;</li>
 *   <li>a file that is replaced keeps its permissions (and, where allowed, its owner and group);</li>
 *   <li>an existing target that is not a regular file (a device such as {@code /dev/null}, a named
 *       pipe) is written to directly, never replaced: renaming onto it would destroy it;</li>
 *   <li>{@code -} is stdout (handled by the commands, see {@link #isStdout}).</li>
 * </ul>
 * A temporary file left by a failure or an interrupt is deleted ({@link #deleteTemporaries()} is
 * called by the interrupt handler); one left by a process that was killed outright ({@code kill -9})
 * is deleted by the next write to the same target. A writer holds a lock on its temporary file, so
 * only the leftovers of dead writers are ever deleted.
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

    /** The name that means stdout. */
    public static final String STDOUT = "-";

    /** A leftover younger than this may belong to a writer that has not locked it yet. */
    private static final long STALE_AFTER_MILLIS = TimeUnit.SECONDS.toMillis(2);
    private static final int MAX_LINKS = 40;
    private static final Set<Path> TEMPORARIES = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicOutput() {
    }

    /**
     * Whether an output path means stdout.
     *
     * @param file an output path as given on the command line (null: none)
     * @return true if it is {@code -}
     */
    public static boolean isStdout(Path file) {
        return file != null && file.toString().equals(STDOUT);
    }

    /**
     * Checks before any work that {@code file} can be written: it is not a directory, and it is an
     * existing file or device that can be written, or its directory exists and is writable.
     *
     * @param file   the output path as given
     * @param option the option that named it, for the message (e.g. {@code --output})
     * @throws CliException (exit 2) saying what is wrong
     */
    public static void checkWritable(Path file, String option) {
        Path abs = target(file);
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw CliException.usage(option + " " + file + " is a directory");
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            if (!Files.isWritable(abs)) {
                throw CliException.usage(option + " " + file + " is not writable");
            }
            return;
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
     * @param file where to write: a regular file (replaced whole or not at all), a device or pipe
     * @param text what to write
     * @throws CliException (exit 1) if it cannot be written; a regular target is then unchanged
     */
    public static void write(Path file, String text) {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code content} to {@code file}: atomically to a regular file, directly to a device
     * or pipe.
     *
     * @param content the bytes or text to write
     * @param file    where to write
     * @throws CliException (exit 1) if it cannot be written; a regular target is then unchanged
     */
    public static void write(Path file, Content content) {
        Path abs = target(file);
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            writeDirectly(file, abs, content);
            return;
        }
        Path dir = abs.getParent();
        String name = abs.getFileName().toString();
        deleteStale(dir, name);
        Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            TEMPORARIES.add(tmp);
            // not Files.createTempFile: that makes the file private (0600); this keeps the umask's permissions
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 FileLock lock = lock(ch)) {
                // not closed here: closing it would close the channel under the lock
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                keepAttributes(abs, tmp);
                ch.force(true);
                try {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            TEMPORARIES.remove(tmp);
        } catch (IOException e) {
            delete(tmp);
            throw failure(file, e);
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

    /**
     * Where writing {@code file} really goes: the absolute path, with symbolic links followed (also
     * a link to a file that does not exist yet), so that the link itself is never replaced.
     */
    static Path target(Path file) {
        Path p = file.toAbsolutePath().normalize();
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).toAbsolutePath().normalize();
            } catch (IOException | UnsupportedOperationException e) {
                break;
            }
        }
        return p;
    }

    /**
     * Locks a temporary file for as long as it is written, so that {@link #deleteStale} knows it
     * is alive; null where the file system has no locks (then only the age protects it).
     */
    private static FileLock lock(FileChannel ch) {
        try {
            return ch.lock();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** A device or a pipe: written in place, in one go; there is nothing to rename onto it. */
    private static void writeDirectly(Path file, Path abs, Content content) {
        try (OutputStream out = Files.newOutputStream(abs, StandardOpenOption.WRITE)) {
            content.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    private static CliException failure(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return CliException.failure("cannot write " + file + ": permission denied", e);
        }
        return CliException.failure("cannot write " + file + ": " + (e.getMessage() == null
                ? e.getClass().getSimpleName() : e.getMessage()), e);
    }

    /** Gives the new file the permissions, owner and group of the one it replaces (best effort for the owner). */
    private static void keepAttributes(Path target, Path tmp) throws IOException {
        if (!Files.isRegularFile(target)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes old = view.readAttributes();
        PosixFileAttributeView fresh = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        try {
            fresh.setGroup(old.group());
            fresh.setOwner(old.owner());
        } catch (IOException | SecurityException e) {
            // only a privileged process may give a file away; the permissions below still apply
        }
        fresh.setPermissions(old.permissions());
    }

    /**
     * Deletes the temporary files of this tool for {@code name} that no living writer holds: what a
     * {@code kill -9} left behind. Anything else in the directory is left alone.
     */
    private static void deleteStale(Path dir, String name) {
        Pattern ours = Pattern.compile(Pattern.quote("." + name + ".") + "[0-9a-z]{1,13}\\.tmp");
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "." + globEscape(name) + ".*.tmp")) {
            for (Path p : s) {
                if (!ours.matcher(p.getFileName().toString()).matches() || TEMPORARIES.contains(p)
                        || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                FileTime modified = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                if (now - modified.toMillis() < STALE_AFTER_MILLIS) {
                    continue;
                }
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE);
                     FileLock lock = ch.tryLock()) {
                    if (lock != null) {
                        Files.deleteIfExists(p);
                    }
                } catch (OverlappingFileLockException e) {
                    // this process writes it
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover only costs space, and the write itself does not depend on it
        }
    }

    private static String globEscape(String s) {
        return s.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
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
