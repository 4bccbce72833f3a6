package dev.slmworkbench.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import dev.slmworkbench.training.Problem;

/** One count on the Home page: the number, or the reason it could not be had. */
@RegisterForReflection
public record CountCard(Long total, Problem error) {

    static CountCard of(long total) {
        return new CountCard(total, null);
    }

    static CountCard failed(Problem error) {
        return new CountCard(null, error);
    }
}
