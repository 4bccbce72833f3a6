package dev.slmworkbench.http;

import io.netty.buffer.Unpooled;
import io.smallrye.mutiny.vertx.MultiHelper;
import io.smallrye.mutiny.vertx.ReadStreamSubscriber;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * Bytes between Vert.x and the JDK's neutral types ({@link ByteBuffer}, {@link Flow.Publisher}),
 * without copying them: the training seam speaks the JDK's types, the rooms on either side of it
 * speak Vert.x. A stream that started as Vert.x and crosses the seam comes back as the same
 * stream, so nothing of the way between is paid for.
 */
public final class ByteStreams {

    private ByteStreams() {
    }

    /** The buffer's bytes as a read-only view (no copy). */
    public static ByteBuffer view(Buffer buffer) {
        return buffer.getByteBuf().nioBuffer().asReadOnlyBuffer();
    }

    /** The remaining bytes as a buffer (no copy; the buffer must not change them afterwards). */
    public static Buffer buffer(ByteBuffer bytes) {
        return Buffer.buffer(Unpooled.wrappedBuffer(bytes.duplicate()));
    }

    /**
     * A Vert.x stream as a publisher with back-pressure (a subscriber's demand resumes it). One
     * subscriber only: the stream is read once.
     */
    public static Flow.Publisher<ByteBuffer> publisher(ReadStream<Buffer> stream) {
        return new StreamPublisher(stream);
    }

    /**
     * A publisher as a Vert.x stream: the stream it was made from ({@link #publisher}), or one
     * that asks the publisher for more as it is read.
     */
    public static ReadStream<Buffer> readStream(Flow.Publisher<ByteBuffer> publisher) {
        if (publisher instanceof StreamPublisher made) {
            return made.stream;
        }
        return ReadStreamSubscriber.asReadStream(publisher, ByteStreams::buffer);
    }

    private record StreamPublisher(ReadStream<Buffer> stream) implements Flow.Publisher<ByteBuffer> {

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            MultiHelper.toMulti(stream, ByteStreams::view).subscribe(subscriber);
        }
    }
}
