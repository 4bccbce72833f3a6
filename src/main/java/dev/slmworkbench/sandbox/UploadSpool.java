package dev.slmworkbench.sandbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The multipart spool of sandbox uploads ({@code quarkus.http.body.uploads-directory}). Each upload's
 * file goes when its request ends ({@link LiveUploads}); what still slips through (a crash, a restart
 * mid-upload) is swept at start and on a timer, on the sandbox's own threads, sparing any file an
 * upload in progress may own.
 */
@Singleton
public class UploadSpool {

    /** The names Quarkus REST gives spool files ({@code Files.createTempFile(dir, "resteasy-reactive", "upload")}). */
    private static final Pattern SPOOL_NAME = Pattern.compile("resteasy-reactive-?\\d+upload");
    /** File times may lag the wall clock a little; a file this close to a live upload's start is its. */
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(UploadSpool.class);

    private final SandboxActivation activation;
    private final SandboxRuntime runtime;
    private final SandboxConfig config;
    private final Path directory;
    private final Duration idle;
    private final LiveUploads live;
    private volatile long timer = -1;

    UploadSpool(SandboxActivation activation, SandboxRuntime runtime, SandboxConfig config, LiveUploads live,
            @ConfigProperty(name = "quarkus.http.body.uploads-directory") String directory,
            @ConfigProperty(name = "quarkus.http.idle-timeout") Duration idleTimeout) {
        this.activation = activation;
        this.runtime = runtime;
        this.config = config;
        this.live = live;
        this.directory = Path.of(directory);
        // An upload that sends nothing for the idle timeout is cut off, so a live spool file is never idle this long.
        this.idle = idleTimeout.multipliedBy(2);
    }

    void onStart(@Observes StartupEvent event, Vertx vertx) {
        if (!activation.active()) {
            return;
        }
        sweepInBackground();
        timer = vertx.setPeriodic(config.spoolSweepInterval().toMillis(), id -> sweepInBackground());
    }

    void onStop(@Observes ShutdownEvent event, Vertx vertx) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void sweepInBackground() {
        runtime.executor().submit(this::sweep).subscribe().with(
                removed -> {
                    if (removed > 0) {
                        LOG.debugf("Removed %d upload spool files left by uploads that broke off", removed);
                    }
                },
                failure -> LOG.debugf("Upload spool sweep skipped: %s", failure.getMessage()));
    }

    /** Removes spool files untouched for twice the idle timeout. Blocking: sandbox threads only. */
    int sweep() {
        return sweep(idle);
    }

    /** Removes spool files untouched for {@code idleFor} that no upload in progress can own. */
    int sweep(Duration idleFor) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        Instant cutoff = Instant.now().minus(idleFor);
        Instant oldestLive = live.oldestStart().map(start -> start.minus(CLOCK_SLACK)).orElse(Instant.MAX);
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (SPOOL_NAME.matcher(file.getFileName().toString()).matches() && stray(file, cutoff, oldestLive)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.debugf("Upload spool %s could not be read: %s", directory, e.getMessage());
        }
        return removed;
    }

    /** Deletes the file when it was last written before both instants; true when it did. */
    private static boolean stray(Path file, Instant cutoff, Instant oldestLive) {
        try {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            Instant written = Files.getLastModifiedTime(file).toInstant();
            if (written.isBefore(cutoff) && written.isBefore(oldestLive)) {
                Files.delete(file);
                return true;
            }
        } catch (NoSuchFileException gone) {
            // Deleted meanwhile by its own request's end: nothing left to do.
        } catch (IOException e) {
            LOG.debugf("Upload spool file %s could not be removed: %s", file, e.getMessage());
        }
        return false;
    }
}
