package dev.apigw.simulator.compression;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

/** The content codings API Gateway supports for payload compression: gzip, deflate (zlib, RFC 1950) and identity. */
public enum ContentCoding {
    GZIP("gzip"),
    DEFLATE("deflate"),
    IDENTITY("identity");

    private final String token;

    ContentCoding(String token) {
        this.token = token;
    }

    /** The coding as it appears in {@code Content-Encoding} and {@code Accept-Encoding}. */
    public String token() {
        return token;
    }

    /** The coding this header token names, ignoring case and surrounding space; empty for any other. */
    public static Optional<ContentCoding> of(String token) {
        String t = token.trim().toLowerCase(Locale.ROOT);
        for (ContentCoding coding : values()) {
            if (coding.token.equals(t)) {
                return Optional.of(coding);
            }
        }
        return Optional.empty();
    }

    /**
     * The payload decoded, but never more than {@code limit + 1} bytes, so a caller can tell a payload that decodes
     * beyond its limit without holding all of it.
     *
     * @throws IOException when the bytes are not in this coding
     */
    public byte[] decode(byte[] encoded, int limit) throws IOException {
        if (this == IDENTITY) {
            return encoded;
        }
        try (InputStream in = this == GZIP ? new GZIPInputStream(new ByteArrayInputStream(encoded))
                : new InflaterInputStream(new ByteArrayInputStream(encoded))) {
            return in.readNBytes(limit + 1);
        }
    }

    public byte[] encode(byte[] plain) {
        if (this == IDENTITY) {
            return plain;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(Math.max(64, plain.length / 2));
        try (OutputStream out = this == GZIP ? new GZIPOutputStream(buffer) : new DeflaterOutputStream(buffer)) {
            out.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory compression failed", e);
        }
        return buffer.toByteArray();
    }
}
