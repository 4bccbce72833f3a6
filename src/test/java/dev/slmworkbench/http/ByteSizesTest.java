package dev.slmworkbench.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One way to say a byte count in an error sentence, binary units, for every limit. */
class ByteSizesTest {

    @Test
    void wholeUnitsThenOneDecimalThenBytes() {
        assertEquals("2 GiB", ByteSizes.describe(2L * 1024 * 1024 * 1024));
        assertEquals("32 MiB", ByteSizes.describe(32L * 1024 * 1024));
        assertEquals("20 KiB", ByteSizes.describe(20 * 1024));
        assertEquals("1.5 MiB", ByteSizes.describe(1536 * 1024));
        assertEquals("1,500 bytes", ByteSizes.describe(1500));
    }
}
