package dev.slmworkbench.sandbox.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A simulated run lasts longer with more epochs, as a real one does, within bounds. */
class RunLengthTest {

    @Test
    void upToThreeEpochsTakeTheConfiguredDuration() {
        assertEquals(1.0, Simulator.lengthFactor(1));
        assertEquals(1.0, Simulator.lengthFactor(3));
    }

    @Test
    void moreEpochsTakeLongerInProportion() {
        assertEquals(2.0, Simulator.lengthFactor(6));
        assertEquals(10.0, Simulator.lengthFactor(30));
    }

    @Test
    void theLongestRunIsCapped() {
        assertEquals(20.0, Simulator.lengthFactor(60));
        assertEquals(20.0, Simulator.lengthFactor(1000));
    }
}
