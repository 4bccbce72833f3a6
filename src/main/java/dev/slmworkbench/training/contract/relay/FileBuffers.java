package dev.slmworkbench.training.contract.relay;

import io.netty.buffer.AbstractByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledDirectByteBuf;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Read buffers for a relayed file ({@link FileRelay}): direct buffers of one size, kept for the
 * next read once released instead of freed. Netty's shared pool, with Quarkus's 64 KiB chunks,
 * serves a 1 MiB read as fresh direct memory each time, which the JDK zeroes and the kernel maps
 * in anew (a tenth of the relay's CPU). At most {@code spares} buffers are kept; any other size
 * comes from the shared pool.
 */
final class FileBuffers extends AbstractByteBufAllocator {

    private final int size;
    private final ArrayBlockingQueue<Piece> spare;

    FileBuffers(int size, int spares) {
        super(true);
        this.size = size;
        this.spare = new ArrayBlockingQueue<>(spares);
    }

    @Override
    protected ByteBuf newDirectBuffer(int initialCapacity, int maxCapacity) {
        if (initialCapacity != size || maxCapacity < size) {
            return PooledByteBufAllocator.DEFAULT.directBuffer(initialCapacity, maxCapacity);
        }
        Piece piece = spare.poll();
        if (piece == null) {
            return new Piece();
        }
        piece.reuse();
        return piece;
    }

    @Override
    protected ByteBuf newHeapBuffer(int initialCapacity, int maxCapacity) {
        return PooledByteBufAllocator.DEFAULT.heapBuffer(initialCapacity, maxCapacity);
    }

    @Override
    public boolean isDirectBufferPooled() {
        return true;
    }

    /** Buffers kept for reuse now (for tests). */
    int spares() {
        return spare.size();
    }

    /** A read buffer that goes back to the spares when its last reference is released. */
    private final class Piece extends UnpooledDirectByteBuf {

        Piece() {
            super(FileBuffers.this, size, size);
        }

        void reuse() {
            resetRefCnt();
            clear();
        }

        @Override
        protected void deallocate() {
            if (capacity() != size || !spare.offer(this)) {
                super.deallocate();
            }
        }
    }
}
