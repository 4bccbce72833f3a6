package dev.slmworkbench.training.contract.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.RecvByteBufAllocator;
import org.junit.jupiter.api.Test;

class FileReadsTest {

    @Test
    void aRelayedFileIsReadAMebibyteAtATimeAndAnythingElseAsNettyWould() {
        RecvByteBufAllocator.Handle reads = new FileReads(new AdaptiveRecvByteBufAllocator()).newHandle();
        RecvByteBufAllocator.Handle netty = new AdaptiveRecvByteBufAllocator().newHandle();

        ByteBuf relayed = reads.allocate(FileRelay.FILE_BUFFERS);
        ByteBuf other = reads.allocate(UnpooledByteBufAllocator.DEFAULT);
        try {
            assertEquals(FileReads.RELAYED, relayed.capacity());
            assertSame(FileRelay.FILE_BUFFERS, relayed.alloc());
            assertEquals(netty.guess(), other.capacity());
            assertNotSame(FileRelay.FILE_BUFFERS, other.alloc());
            assertTrue(reads instanceof RecvByteBufAllocator.ExtendedHandle, "the epoll transport needs one");
        } finally {
            relayed.release();
            other.release();
        }
    }
}
