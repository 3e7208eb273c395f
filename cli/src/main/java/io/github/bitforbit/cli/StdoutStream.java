package io.github.bitforbit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's stdout as a stream that remembers why writing failed. {@link System#out} and a
 * {@link java.io.PrintWriter} swallow write errors; a command whose results went nowhere (a full
 * disk, a closed pipe) must not exit 0, so the command line asks this at the end. After the first
 * failure nothing more is attempted.
 */
final class StdoutStream extends OutputStream {

    private final OutputStream out = new FileOutputStream(FileDescriptor.out);
    private volatile IOException failure;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    /** Why writing failed (e.g. {@code No space left on device}, {@code Broken pipe}), or null. */
    String failure() {
        IOException e = failure;
        return e == null ? null : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
