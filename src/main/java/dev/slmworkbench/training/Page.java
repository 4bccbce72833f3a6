package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * One page of a list, whatever shape the upstream answered with ({@code {items,total}} or a bare
 * array, which the BFF filters, sorts and pages itself).
 */
@RegisterForReflection
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
