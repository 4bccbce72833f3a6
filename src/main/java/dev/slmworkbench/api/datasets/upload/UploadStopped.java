package dev.slmworkbench.api.datasets.upload;

/** Why an upload stopped on our side; the upstream request is reset with it. */
final class UploadStopped extends RuntimeException {

    UploadStopped(String message) {
        super(message, null, false, false);
    }
}
