package dev.slmworkbench.training;

import io.vertx.core.buffer.Buffer;

/** The first bytes of a dataset's file, and whether they are the whole file. */
public record FileHead(Buffer bytes, boolean complete) {
}
