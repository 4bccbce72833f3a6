package dev.slmworkbench.training.contract.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileBuffersTest {

    @Test
    void aReleasedReadBufferIsTheNextOneHandedOutEmptyAndLive() {
        FileBuffers buffers = new FileBuffers(1024, 2);
        ByteBuf first = buffers.ioBuffer(1024);
        first.writeBytes(new byte[300]).readBytes(100);
        ByteBuf slice = first.retainedSlice(0, 10);
        first.release();
        assertEquals(0, buffers.spares(), "a slice still holds it");
        slice.release();
        assertEquals(1, buffers.spares());

        ByteBuf again = buffers.ioBuffer(1024);
        assertSame(first, again);
        assertEquals(1, again.refCnt());
        assertEquals(0, again.readerIndex());
        assertEquals(0, again.writerIndex());
        assertTrue(again.isDirect());
        again.release();
    }

    @Test
    void onlySoManyAreKeptAndOtherSizesComeFromTheSharedPool() {
        FileBuffers buffers = new FileBuffers(1024, 2);
        List<ByteBuf> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            taken.add(buffers.ioBuffer(1024));
        }
        taken.forEach(ByteBuf::release);
        assertEquals(2, buffers.spares());

        ByteBuf other = buffers.ioBuffer(4096);
        assertNotSame(buffers, other.alloc());
        other.release();
        assertEquals(2, buffers.spares());
    }
}
