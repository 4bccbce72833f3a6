package dev.slmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newcomer without Chromium learns in one sentence what to do. */
class BrowserTest {

    private static final String SENTENCE =
            "Chromium not found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.";

    @TempDir
    Path dir;

    @Test
    void aMissingChromiumPathIsNamedInOneSentence() {
        Path missing = dir.resolve("no-such-chromium");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Browser.chromium(missing.toString(), List.of()));
        assertEquals(SENTENCE, e.getMessage());
    }

    @Test
    void noChromiumAnywhereIsNamedInOneSentence() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Browser.chromium(null, List.of(dir.resolve("chromium"), dir.resolve("chromium-browser"))));
        assertEquals(SENTENCE, e.getMessage());
    }

    @Test
    void aSetChromiumPathWinsOverTheDefaults() throws IOException {
        Path mine = executable("my-chromium");
        Path other = executable("chromium");
        assertEquals(mine, Browser.chromium(mine.toString(), List.of(other)));
        assertEquals(other, Browser.chromium("  ", List.of(dir.resolve("missing"), other)));
    }

    @Test
    void aFileThatIsNotExecutableIsNotChromium() throws IOException {
        Path plain = Files.createFile(dir.resolve("chromium"));
        assertThrows(IllegalStateException.class, () -> Browser.chromium(plain.toString(), List.of()));
    }

    private Path executable(String name) throws IOException {
        return Files.createFile(dir.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
