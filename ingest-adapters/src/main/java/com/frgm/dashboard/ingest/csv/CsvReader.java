package com.frgm.dashboard.ingest.csv;

import static com.frgm.dashboard.ingest.csv.CharCursor.END;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Streaming RFC 4180 reader: one record per {@link #next()}, never the whole input in memory.
 * Quoted fields may hold commas, doubled quotes and line breaks. Records end at LF, CRLF or a
 * lone CR; a leading UTF-8 BOM is skipped. Every record and field knows the physical line it
 * starts on, so a validator can point an operator at the exact line.
 *
 * <p>After a stray or misplaced quote the reader resumes at the next line, so a caller can keep
 * collecting problems; after an unterminated quoted field, an over-long record or undecodable
 * input it is at its end. Not thread-safe.
 */
public final class CsvReader implements Closeable {

    /** Far above any feed row; only bounds memory when a quote is never closed. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;

    private static final int EXCERPT_CHARS = 64;

    private final Reader in;
    private final CharCursor cursor;
    private final int maxRecordChars;
    private final StringBuilder field = new StringBuilder();
    private int[] lines = new int[16];
    private int recordChars;
    private boolean started;
    private boolean ended;

    public CsvReader(Reader in) {
        this(in, DEFAULT_MAX_RECORD_CHARS);
    }

    public CsvReader(Reader in, int maxRecordChars) {
        this.in = Objects.requireNonNull(in, "in");
        this.cursor = new CharCursor(in);
        if (maxRecordChars < 1) {
            throw new IllegalArgumentException("maxRecordChars must be positive: " + maxRecordChars);
        }
        this.maxRecordChars = maxRecordChars;
    }

    /** Reads strict UTF-8: malformed bytes become a {@link CsvFormatException} naming their line. */
    public static CsvReader utf8(InputStream in) {
        return new CsvReader(new StrictUtf8Reader(in));
    }

    /** The next record, or null at the end of the input (a final line break adds no record). */
    public CsvRecord next() throws IOException {
        if (ended) {
            return null;
        }
        try {
            return readRecord();
        } catch (CharacterCodingException e) {
            ended = true;
            throw new CsvFormatException(cursor.line(), "not valid UTF-8 (malformed byte sequence)", null);
        }
    }

    private CsvRecord readRecord() throws IOException {
        if (!started) {
            started = true;
            if (cursor.peek() == '\uFEFF') {
                cursor.read();
            }
        }
        if (cursor.peek() == END) {
            ended = true;
            return null;
        }
        int recordLine = cursor.line();
        boolean multiLine = false;
        List<String> fields = new ArrayList<>();
        recordChars = 0;
        int terminator;
        do {
            int fieldLine = cursor.line();
            multiLine |= fieldLine != recordLine;
            terminator = cursor.peek() == '"' ? readQuoted(fieldLine) : readUnquoted();
            if (fields.size() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[fields.size()] = fieldLine;
            fields.add(field.toString());
            recordChars += field.length() + 1;
        } while (terminator == ',');
        if (terminator == '\r' && cursor.peek() == '\n') {
            cursor.read();
        }
        return new CsvRecord(recordLine, fields, multiLine ? Arrays.copyOf(lines, fields.size()) : null);
    }

    /** Reads an unquoted field into {@link #field}; returns the character that ended it. */
    private int readUnquoted() throws IOException {
        field.setLength(0);
        do {
            cursor.appendRun(field, false);
            checkLength();
        } while (cursor.atBufferEnd());
        if (cursor.peek() == '"') {
            throw misplacedQuote("stray quote in unquoted field");
        }
        return cursor.read();
    }

    private int readQuoted(int fieldLine) throws IOException {
        field.setLength(0);
        cursor.read();
        while (true) {
            cursor.appendRun(field, true);
            checkLength();
            int c = cursor.read();
            if (c == END) {
                ended = true;
                throw new CsvFormatException(fieldLine, "unterminated quoted field", excerpt('"' + field.toString()));
            }
            if (c != '"') {
                field.append((char) c);
            } else if (cursor.peek() == '"') {
                field.append((char) cursor.read());
            } else if (isTerminator(cursor.peek())) {
                return cursor.read();
            } else {
                throw misplacedQuote("unexpected character after closing quote");
            }
        }
    }

    private void checkLength() throws CsvFormatException {
        if (recordChars + field.length() > maxRecordChars) {
            ended = true;
            throw new CsvFormatException(cursor.line(), "record longer than " + maxRecordChars + " characters", null);
        }
    }

    /** Reports the rest of the field as the value, then skips to the next line to resynchronise. */
    private CsvFormatException misplacedQuote(String reason) throws IOException {
        int at = cursor.line();
        int c;
        while (!isTerminator(c = cursor.read())) {
            if (field.length() <= EXCERPT_CHARS) {
                field.append((char) c);
            }
        }
        String value = excerpt(field.toString());
        while (c != '\n' && c != '\r' && c != END) {
            c = cursor.read();
        }
        if (c == '\r' && cursor.peek() == '\n') {
            cursor.read();
        }
        return new CsvFormatException(at, reason, value);
    }

    private static boolean isTerminator(int c) {
        return c == ',' || c == '\n' || c == '\r' || c == END;
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
