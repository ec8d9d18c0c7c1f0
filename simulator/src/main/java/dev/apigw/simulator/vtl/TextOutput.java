package dev.apigw.simulator.vtl;

import java.io.Writer;

/**
 * An unsynchronised {@link java.io.StringWriter}: renders are single-threaded, so StringBuffer's locks only cost.
 * Reusable: {@link ContextPool.Slot} keeps one per thread and {@link #reset()}s it after each render, so a render
 * no longer allocates (and zeroes) a fresh buffer of up to 16 KB.
 */
final class TextOutput extends Writer {
    /** A buffer that grew past this many chars for one large output is dropped rather than kept per thread. */
    static final int MAX_KEPT_CAPACITY = 64 * 1024;
    private static final int INITIAL_CAPACITY = 1024;

    private StringBuilder text;

    TextOutput() {
        text = new StringBuilder(INITIAL_CAPACITY);
    }

    /** Empties the buffer for the next render; a buffer that grew huge is replaced by a small one. */
    void reset() {
        if (text.capacity() > MAX_KEPT_CAPACITY) {
            text = new StringBuilder(INITIAL_CAPACITY);
        } else {
            text.setLength(0);
        }
    }

    /** Room for {@code chars} more chars, so a large output grows the buffer once rather than step by step. */
    void reserve(int chars) {
        text.ensureCapacity(text.length() + chars);
    }

    int capacity() {
        return text.capacity();
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    /**
     * Velocity writes a reference's and a directive's (usually empty) prefixes separately before the value, so about
     * half of all writes are empty; they are skipped rather than appended.
     */
    @Override
    public void write(String s) {
        if (s == null || !s.isEmpty()) {
            text.append(s);
        }
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
