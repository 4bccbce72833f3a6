package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list, whatever shape the upstream answered with ({@code {items,total}} or a bare
 * array, which the BFF filters, sorts and pages itself).
 */
@RegisterForReflection
public record Page<T>(@Schema(required = true) List<T> items, @Schema(required = true) long total) {

    public Page {
        items = List.copyOf(items);
    }
}
