package dev.slmworkbench.training.contract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code TRAINING_API_DOWNLOAD_RELAY}: direct unless set, pipe when asked, and nothing else starts. */
class DownloadRelayConfigTest {

    @Test
    void directUnlessSetAndPipeWhenAsked() {
        assertEquals(DownloadRelay.DIRECT, relay(Map.of()));
        assertEquals(DownloadRelay.PIPE, relay(Map.of("TRAINING_API_DOWNLOAD_RELAY", "pipe")));
        assertEquals(DownloadRelay.DIRECT, relay(Map.of("TRAINING_API_DOWNLOAD_RELAY", "direct")));
    }

    @Test
    void anUnknownWayStopsTheStartNamingTheOnesThereAre() {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> relay(Map.of("TRAINING_API_DOWNLOAD_RELAY", "fast")));
        assertThat(refused.getMessage(), allOf(containsString("training-api.download-relay"),
                containsString("fast"), containsString("direct"), containsString("pipe")));
    }

    private static DownloadRelay relay(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(TrainingApiConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withSources(new EnvConfigSource(env, 300))
                .build();
        return config.getConfigMapping(TrainingApiConfig.class).downloadRelay();
    }
}
