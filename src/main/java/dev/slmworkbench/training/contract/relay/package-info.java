/**
 * The download fast path ({@code training-api.download-relay=direct}): a file's body moves from the
 * Training API's connection to the browser's response as the buffers Netty read, past Vert.x. The
 * only code that reaches into Vert.x internals for downloads, so that {@code pipe} can leave it out.
 */
package dev.slmworkbench.training.contract.relay;
