package dev.slmworkbench.training.contract.relay;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.impl.ConnectionBase;
import java.util.ArrayDeque;
import org.jboss.logging.Logger;

/**
 * Moves a file's body from the Training API's connection to the browser's response as the very
 * buffers Netty read off the socket. Vert.x 4 copies every body piece its HTTP client reads into a
 * fresh heap buffer, and Netty copies it back to a direct one to write it: two extra copies and
 * a file's worth of garbage per download (figures in docs/benchmarks.md).
 *
 * <p>The relay sits in the upstream connection's pipeline between Netty's HTTP decoder and Vert.x.
 * The response head and its end still reach Vert.x (status, headers, keep-alive and the pool work
 * as usual); the pieces in between are either written to the browser's response ({@link #sendTo},
 * with back-pressure: reading pauses while the browser's write queue is full) or handed back to
 * Vert.x untouched ({@link #release}). Every state change runs on the upstream channel's event
 * loop. When the connection is not one this understands, {@link #install} answers null and the
 * caller pipes through Vert.x as before.
 */
public final class FileRelay extends ChannelInboundHandlerAdapter {

    private static final String NAME = "slm-workbench-file-relay";
    /** Vert.x's name for its own handler at the end of an HTTP/1.x client pipeline. */
    public static final String VERTX_HANDLER = "handler";
    private static final Logger LOG = Logger.getLogger(FileRelay.class);

    private enum State {
        /** Before the response head: everything passes. */
        WAITING,
        /** After a 2xx head: body pieces are kept, reading paused, until a destination is chosen. */
        HOLDING,
        /** Body pieces go to the browser's response. */
        RELAYING,
        /** Out of the way: everything passes. */
        DONE
    }

    /**
     * Where a relayed file's read buffers come from while it is relayed ({@link FileReads} sizes
     * them): 16 kept for reuse (16 MiB) are enough for a few downloads at once, each with about two
     * in use (one being read, one waiting for its browser).
     */
    static final FileBuffers FILE_BUFFERS = new FileBuffers(FileReads.RELAYED, 16);

    private final Channel channel;
    private final ArrayDeque<HttpContent> held = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private HttpServerResponse target;
    private ByteBufAllocator usual;
    private State state = State.WAITING;
    /** Between a read's first piece and its end: what is passed on now is part of that read. */
    private boolean reading;

    private FileRelay(Channel channel) {
        this.channel = channel;
    }

    /**
     * Puts a relay into the connection of a request not yet sent, or answers null when the
     * connection is not a plain HTTP/1.x one from Vert.x (then nothing changed).
     */
    public static FileRelay install(HttpClientRequest request) {
        try {
            if (!(request.connection() instanceof ConnectionBase connection)) {
                return null;
            }
            Channel channel = connection.channel();
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(HttpClientCodec.class) == null || pipeline.context(VERTX_HANDLER) == null
                    || pipeline.get(NAME) != null) {
                return null;
            }
            FileRelay relay = new FileRelay(channel);
            pipeline.addBefore(VERTX_HANDLER, NAME, relay);
            return relay;
        } catch (RuntimeException e) {
            LOG.debugf("Dataset downloads go through Vert.x here: %s", e.getMessage());
            return null;
        }
    }

    /** Writes the body to {@code response}; Vert.x still sees the end and ends nothing itself. */
    public void sendTo(HttpServerResponse response) {
        onLoop(() -> {
            if (state != State.HOLDING) {
                return;
            }
            target = response;
            state = State.RELAYING;
            usual = channel.config().getAllocator();
            channel.config().setAllocator(FILE_BUFFERS);
            try {
                response.drainHandler(ignored -> onLoop(() -> {
                    if (state == State.RELAYING) {
                        channel.config().setAutoRead(true);
                    }
                }));
            } catch (RuntimeException e) {
                // The response has ended already: the file has nowhere to go, so the transfer stops
                // (Vert.x then reports the upstream connection as closed to whoever waits for it).
                LOG.debugf("Dataset download relay not started: %s", e.getMessage());
                stepAside();
                channel.close();
                return;
            }
            while (state == State.RELAYING && !held.isEmpty()) {
                relay(held.poll());
            }
            if (state == State.RELAYING) {
                channel.config().setAutoRead(!targetFull());
            }
        });
    }

    /** Gives the body back to Vert.x: what was kept first, in order, then the rest as it comes. */
    public void release() {
        onLoop(() -> {
            if (state == State.HOLDING) {
                Object[] kept = held.toArray();
                held.clear();
                stepAside();
                passOn(kept);
            }
        });
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        this.ctx = ctx;
        reading = true;
        switch (state) {
            case WAITING -> {
                if (msg instanceof HttpResponse head) {
                    if (head.status().code() / 100 == 2) {
                        // Before Vert.x sees the head: its callback may choose the destination at once.
                        state = State.HOLDING;
                        channel.config().setAutoRead(false);
                    } else {
                        stepAside();
                    }
                }
                ctx.fireChannelRead(msg);
            }
            case HOLDING -> {
                if (msg instanceof HttpContent piece) {
                    held.add(piece);
                } else {
                    ctx.fireChannelRead(msg);
                }
            }
            case RELAYING -> {
                if (msg instanceof HttpContent piece) {
                    relay(piece);
                } else {
                    ctx.fireChannelRead(msg);
                }
            }
            case DONE -> ctx.fireChannelRead(msg);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        reading = false;
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        state = State.DONE;
        dropHeld();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        dropHeld();
    }

    /** One piece to the browser; the last one also ends Vert.x's view of the response. */
    private void relay(HttpContent piece) {
        if (!write(piece.content())) {
            // The browser's response has ended: nothing more can go there, so the transfer stops.
            stepAside();
            channel.close();
            return;
        }
        if (piece instanceof LastHttpContent last) {
            DefaultLastHttpContent end = new DefaultLastHttpContent(Unpooled.EMPTY_BUFFER);
            end.trailingHeaders().set(last.trailingHeaders());
            stepAside();
            passOn(end);
        } else if (targetFull()) {
            channel.config().setAutoRead(false);
        }
    }

    /** Hands {@code bytes} (and the duty to release them) to the target; false when it has ended. */
    private boolean write(ByteBuf bytes) {
        if (!bytes.isReadable()) {
            bytes.release();
            return true;
        }
        Future<Void> written;
        try {
            // Vert.x writes a wrapped buffer without taking ownership of it.
            written = target.write(Buffer.buffer(bytes));
        } catch (RuntimeException e) {
            bytes.release();
            LOG.debugf("Dataset download relay stopped: %s", e.getMessage());
            return false;
        }
        written.onComplete(ignored -> bytes.release());
        return true;
    }

    private boolean targetFull() {
        try {
            return target.writeQueueFull();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Leaves the pipeline and lets the connection read as Vert.x expects of a pooled one. */
    private void stepAside() {
        state = State.DONE;
        if (target != null) {
            target.drainHandler(null);
        }
        if (usual != null) {
            channel.config().setAllocator(usual);
        }
        channel.config().setAutoRead(true);
        if (channel.pipeline().context(this) != null) {
            channel.pipeline().remove(this);
        }
    }

    /**
     * Hands a piece to Vert.x. Outside a read (a kept piece, passed on later) the end of a read
     * follows: Vert.x holds back its own writes on this connection until a read ends.
     */
    private void passOn(Object... pieces) {
        for (Object piece : pieces) {
            ctx.fireChannelRead(piece);
        }
        if (!reading) {
            ctx.fireChannelReadComplete();
        }
    }

    private void dropHeld() {
        while (!held.isEmpty()) {
            ReferenceCountUtil.release(held.poll());
        }
    }

    private void onLoop(Runnable action) {
        if (channel.eventLoop().inEventLoop()) {
            action.run();
        } else {
            channel.eventLoop().execute(action);
        }
    }
}
