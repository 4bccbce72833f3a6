package dev.slmworkbench.sandbox.datasets;

import dev.slmworkbench.sandbox.model.DatasetFormat;
import dev.slmworkbench.sandbox.store.AtomicFiles;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Dataset files on disk: written in one streaming pass that also counts rows. */
public final class DatasetFiles {

    /** What storing a file found out. */
    public record Stored(long sizeBytes, Long rowCount) {
    }

    private DatasetFiles() {
    }

    public static Path path(Path filesDir, String id, DatasetFormat format) {
        return filesDir.resolve(id + "." + format.wire());
    }

    /**
     * Copies the stream to {@code <id>.<format>} while counting its rows; the file appears only
     * once complete and valid.
     */
    public static Stored store(Path filesDir, String id, DatasetFormat format, InputStream in)
            throws IOException, InvalidDatasetException {
        Path target = path(filesDir, id, format);
        Path temp = Files.createTempFile(filesDir, "." + id, ".tmp");
        try {
            long rows;
            try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                Tee tee = new Tee(in, out);
                rows = RowCounter.count(format, tee);
                tee.drain();
                out.getFD().sync();
            }
            long size = Files.size(temp);
            AtomicFiles.move(temp, target);
            return new Stored(size, rows);
        } catch (IOException | InvalidDatasetException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Copies what the row counter reads to the file; closing it leaves the source open for draining. */
    private static final class Tee extends FilterInputStream {

        private final OutputStream copy;

        Tee(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                copy.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                copy.write(buf, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(n, 8192)];
            int read = read(buf, 0, buf.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // The caller owns the source stream
        }

        void drain() throws IOException {
            byte[] buf = new byte[64 * 1024];
            while (read(buf, 0, buf.length) >= 0) {
                // Everything read is copied; the row count is already known
            }
        }
    }
}
