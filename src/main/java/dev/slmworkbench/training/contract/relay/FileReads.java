package dev.slmworkbench.training.contract.relay;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.util.UncheckedBooleanSupplier;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * How much a files client's connection reads off its socket at a time: Netty's usual adaptive
 * sizes (at most 64 KiB), except while a file is relayed to a browser ({@link FileRelay} then reads
 * into {@link FileRelay#FILE_BUFFERS}), when a read takes up to {@link #RELAYED} bytes, with the
 * receive window left to the kernel (why this size: docs/benchmarks.md). Everything else
 * (previews, upload answers, a body read through Vert.x) keeps small reads, so Vert.x's heap
 * copies of them stay small too.
 *
 * <p>Netty takes a channel's read sizes once, at its first read, so this is set on each connection
 * as it opens ({@link #prepare}).
 */
public final class FileReads implements RecvByteBufAllocator {

    /** The size of one read while a file is relayed, and so the most one body piece can hold. */
    public static final int RELAYED = 1024 * 1024;

    private final RecvByteBufAllocator usual;

    FileReads(RecvByteBufAllocator usual) {
        this.usual = usual;
    }

    /** Gives a new connection of the files client these reads; any other connection is left as is. */
    public static void prepare(HttpConnection connection) {
        if (connection instanceof ConnectionBase base) {
            Channel channel = base.channel();
            RecvByteBufAllocator current = channel.config().getRecvByteBufAllocator();
            if (!(current instanceof FileReads)) {
                channel.config().setRecvByteBufAllocator(new FileReads(current));
            }
        }
    }

    @Override
    public Handle newHandle() {
        return new Reads(usual.newHandle());
    }

    /** Netty's usual handle, but a relayed file's reads are {@link #RELAYED} bytes. */
    static final class Reads extends DelegatingHandle implements ExtendedHandle {

        Reads(Handle usual) {
            super(usual);
        }

        @Override
        public ByteBuf allocate(ByteBufAllocator alloc) {
            return alloc == FileRelay.FILE_BUFFERS ? alloc.ioBuffer(RELAYED) : super.allocate(alloc);
        }

        @Override
        public boolean continueReading(UncheckedBooleanSupplier maybeMoreDataSupplier) {
            return delegate() instanceof ExtendedHandle extended
                    ? extended.continueReading(maybeMoreDataSupplier)
                    : delegate().continueReading();
        }
    }
}
