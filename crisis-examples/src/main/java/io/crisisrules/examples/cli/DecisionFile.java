package io.crisisrules.examples.cli;

import io.crisisrules.InvalidInputException;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file {@code moderate --output} or {@code --resume} writes: each line goes to the file in one
 * write call, straight from the process (no buffer of ours holds part of a line), so a run killed at
 * any moment leaves whole lines, at most a torn last one when the machine itself stops. Resuming
 * cuts that torn line off and continues after the complete ones.
 */
final class DecisionFile implements Closeable {
    private final Path path;
    private final FileChannel channel;
    private final long completeLines;

    private DecisionFile(Path path, FileChannel channel, long completeLines) {
        this.path = path;
        this.channel = channel;
        this.completeLines = completeLines;
    }

    /** @return an empty file at {@code path}, replacing what it held */
    static DecisionFile create(Path path) {
        try {
            return new DecisionFile(path, FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), 0);
        } catch (IOException e) {
            throw new InvalidInputException("--output", path.toString(), "be a writable file (" + e.getMessage() + ")");
        }
    }

    /**
     * Opens what an earlier run wrote, to append to it; a missing file is an empty one. A last line
     * without its line break (the machine stopped in the middle of writing it) is cut off.
     *
     * @return the file, positioned after its last complete line
     */
    static DecisionFile resume(Path path) {
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            long[] complete = completeLines(channel);
            channel.truncate(complete[1]);
            channel.position(complete[1]);
            return new DecisionFile(path, channel, complete[0]);
        } catch (IOException e) {
            throw new InvalidInputException("--resume", path.toString(), "be a readable and writable file ("
                    + e.getMessage() + ")");
        }
    }

    /** @return {lines, bytes} up to and including the last line break */
    private static long[] completeLines(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long lines = 0;
        long position = 0;
        long end = 0;
        channel.position(0);
        for (int read = channel.read(buffer); read > 0; read = channel.read(buffer)) {
            buffer.flip();
            while (buffer.hasRemaining()) {
                position++;
                if (buffer.get() == '\n') {
                    lines++;
                    end = position;
                }
            }
            buffer.clear();
        }
        return new long[] {lines, end};
    }

    /** @return the complete lines the file held when it was opened (0 for a new file) */
    long completeLines() {
        return completeLines;
    }

    /** @return the lines the file held when it was opened, to read them again; call before writing */
    TextLines keptLines() {
        try {
            return new TextLines(Files.newInputStream(path), Integer.MAX_VALUE - 8, "--resume");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one line and its line break in one write call. */
    void write(String line) {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + path, e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
