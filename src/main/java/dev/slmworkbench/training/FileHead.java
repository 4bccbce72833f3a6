package dev.slmworkbench.training;

import java.nio.ByteBuffer;

/** The first bytes of a dataset's file (read-only), and whether they are the whole file. */
public record FileHead(ByteBuffer bytes, boolean complete) {
}
