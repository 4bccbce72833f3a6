package dev.slmworkbench.training.contract;

import dev.slmworkbench.http.DataFileFormat;
import io.vertx.core.buffer.Buffer;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The framing of one {@code multipart/form-data} body written piece by piece: text fields, then
 * one file part whose bytes the caller streams in between {@link #fileHeader} and {@link #end}.
 */
final class MultipartForm {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String boundary;

    MultipartForm() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        // Random, so no file can contain it by accident or on purpose.
        this.boundary = "slmw-" + HexFormat.of().formatHex(random);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    Buffer field(String name, String value) {
        return Buffer.buffer("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + value + "\r\n");
    }

    Buffer fileHeader(String name, String fileName) {
        return Buffer.buffer("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"; filename=\"" + quoted(fileName) + "\"\r\nContent-Type: " + mediaType(fileName) + "\r\n\r\n");
    }

    /** The end of the file part and the end of the form. */
    Buffer end() {
        return Buffer.buffer("\r\n--" + boundary + "--\r\n");
    }

    /** The end of the file part, then a text field after it (then {@link #close}). */
    Buffer fieldAfterFile(String name, String value) {
        return Buffer.buffer("\r\n").appendBuffer(field(name, value));
    }

    /** The end of the form after a field. */
    Buffer close() {
        return Buffer.buffer("--" + boundary + "--\r\n");
    }

    /** As browsers do (HTML's form encoding): the characters that would end the header are percent-encoded. */
    static String quoted(String fileName) {
        return fileName.replace("\"", "%22").replace("\\", "%5C")
                .replace("\r", "%0D").replace("\n", "%0A");
    }

    static String mediaType(String fileName) {
        return DataFileFormat.ofFileName(fileName).map(DataFileFormat::mediaType).orElse("application/octet-stream");
    }
}
