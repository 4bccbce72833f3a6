package dev.slmworkbench.sandbox.model;

import java.util.List;

/** One page of a list answer and how many items match in total. */
public record Page<T>(List<T> items, int total) {
}
