package dev.slmworkbench.training.contract;

import dev.slmworkbench.training.UpstreamErrors;
import dev.slmworkbench.training.UpstreamException;
import dev.slmworkbench.training.contract.relay.FileRelay;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.net.impl.ConnectionBase;
import org.jboss.logging.Logger;

/**
 * A cap on every answer of the Training API that is read whole (JSON, never a dataset file),
 * counted as its bytes arrive: the Quarkus REST Client gathers a body before anyone sees it, an
 * error body included (an endless error answer would be read without end), so the
 * cap sits below it, on the connection. Past the cap, or when the answer is encoded (this app asks
 * for none, so a gzip bomb arrives as a refusal, never inflated), the connection is closed and the
 * call fails with a sentence. Error answers get a smaller cap: only their title, detail and field
 * errors are ever shown.
 */
final class AnswerCap extends ChannelInboundHandlerAdapter {

    static final String NAME = "slm-answer-cap";
    /** The most of an error answer (status 400 or more) that is read. */
    static final long MAX_ERROR_ANSWER = WholeAnswers.MAX;
    private static final Logger LOG = Logger.getLogger(AnswerCap.class);

    private final long maxAnswer;
    private long cap;
    private long seen;
    private boolean refusing;

    private AnswerCap(long maxAnswer) {
        this.maxAnswer = maxAnswer;
    }

    /** Caps the answers on the connection this request is sent over (once per connection). */
    static void install(HttpClientRequest request, long maxAnswer) {
        if (!(request.connection() instanceof ConnectionBase base)) {
            return;
        }
        Channel channel = base.channel();
        ChannelPipeline pipeline = channel.pipeline();
        if (pipeline.get(NAME) != null) {
            return;
        }
        // The HTTP codec sits before Vert.x's own handler.
        if (pipeline.get(FileRelay.VERTX_HANDLER) == null) {
            LOG.debugf("Training API connection without the usual handlers: answers are not capped (%s)", pipeline.names());
            return;
        }
        try {
            pipeline.addBefore(FileRelay.VERTX_HANDLER, NAME, new AnswerCap(maxAnswer));
        } catch (IllegalArgumentException alreadyThere) {
            // Two requests raced on a new connection: the other one put it there.
            return;
        }
        // What ends a connection also fails the call on it, which says why; Vert.x would log it as an ERROR.
        request.connection().exceptionHandler(e -> LOG.debugf("Training API connection ended: %s", e.getMessage()));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpResponse response) {
            refusing = false;
            seen = 0;
            cap = response.status().code() >= 400 ? Math.min(MAX_ERROR_ANSWER, maxAnswer) : maxAnswer;
            String encoding = response.headers().get(HttpHeaderNames.CONTENT_ENCODING);
            if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
                refuse(ctx, msg, UpstreamErrors.encoded());
                return;
            }
            if (HttpUtil.getContentLength(response, -1L) > cap) {
                refuse(ctx, msg, UpstreamErrors.tooLarge(cap));
                return;
            }
        }
        if (refusing) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpContent content) {
            seen += content.content().readableBytes();
            if (seen > cap) {
                refuse(ctx, msg, UpstreamErrors.tooLarge(cap));
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    private void refuse(ChannelHandlerContext ctx, Object msg, UpstreamException why) {
        refusing = true;
        ReferenceCountUtil.release(msg);
        LOG.debugf("Training API answer refused: %s", why.getMessage());
        ctx.fireExceptionCaught(why);
        ctx.close();
    }
}
