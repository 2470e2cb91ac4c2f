package io.crisisrules.examples.cli;

import io.crisisrules.json.ReadLimits;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The lines of a UTF-8 file, each decoded on its own, as the commands read their inputs: a line that
 * is not UTF-8 or is longer than the limit is one {@link Line} with its number and the reason, and
 * reading goes on (a UTF-8 reader would stop the whole file at the first bad byte, and a line reader
 * would hold a line of any length in memory). Lines end at {@code \n}, {@code \r\n} or {@code \r},
 * as {@link java.io.BufferedReader#readLine()} has them; a byte order mark at the start of the file
 * is ignored (some editors write one; RFC 8259 lets a JSON reader ignore it). Not thread-safe.
 */
final class TextLines implements Closeable {
    private static final int BUFFER = 64 * 1024;
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final InputStream in;
    private final int maxLineLength;
    private final String limitKey;
    private final byte[] buffer = new byte[BUFFER];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    /** Strict: reports malformed input rather than replacing it. */
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int end;
    private long number;
    private long bytesRead;

    /**
     * One line of the file.
     *
     * @param number  its number, from 1
     * @param text    its text without the line break, or {@code null} when it could not be read
     * @param problem why it could not be read (not UTF-8, too long), naming the line; {@code null} when read
     */
    record Line(long number, String text, String problem) {
        boolean isBlank() {
            return text != null && text.isBlank();
        }
    }

    /**
     * @param in            the file's bytes; closed with this reader
     * @param maxLineLength the most characters a line may have
     * @param limitKey      the key of that limit, named when a line is longer
     */
    TextLines(InputStream in, int maxLineLength, String limitKey) {
        this.in = in;
        this.maxLineLength = maxLineLength;
        this.limitKey = limitKey;
    }

    /** @return the bytes of the lines returned so far, line breaks included */
    long bytesRead() {
        return bytesRead;
    }

    /** @return the next line, or {@code null} at the end of the file */
    Line next() throws IOException {
        line.reset();
        long characters = 0;
        boolean any = false;
        while (true) {
            if (position == end && !fill()) {
                return any ? finish(characters) : null;
            }
            any = true;
            byte b = buffer[position++];
            bytesRead++;
            if (b == '\n') {
                return finish(characters);
            }
            if (b == '\r') {
                if ((position < end || fill()) && buffer[position] == '\n') {
                    position++;
                    bytesRead++;
                }
                return finish(characters);
            }
            // UTF-16 chars of the decoded text: one per byte that starts a character, two for four-byte ones
            if ((b & 0xC0) != 0x80) {
                characters += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
            if (characters <= maxLineLength) {
                line.write(b);
            }
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        if (read <= 0) {
            return false;
        }
        position = 0;
        end = read;
        return true;
    }

    private Line finish(long characters) {
        number++;
        if (characters > maxLineLength) {
            return new Line(number, null, ReadLimits.exceeded("line " + number, characters, "line " + number + " is "
                    + ReadLimits.count(characters) + " characters long", maxLineLength, limitKey).getMessage());
        }
        byte[] bytes = line.toByteArray();
        String text;
        try {
            text = utf8.reset().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Line(number, null, "line " + number + ": not UTF-8 text (" + firstBadByte(bytes)
                    + "); save the file as UTF-8");
        }
        if (number == 1 && text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(1);
        }
        return new Line(number, text, null);
    }

    /** Where decoding fails, in bytes from the start of the line, and which byte it is. */
    private String firstBadByte(byte[] bytes) {
        ByteBuffer input = ByteBuffer.wrap(bytes);
        utf8.reset().decode(input, CharBuffer.allocate(bytes.length), true);
        int at = input.position();
        return at < bytes.length
                ? String.format(Locale.ROOT, "byte 0x%02X at byte %d", bytes[at] & 0xFF, at + 1)
                : "the line ends inside a character";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
