package dev.slmworkbench.api.datasets.check;

/** What is wrong with one record of a dataset file, and the line it starts on (1 is the first). */
public record RecordProblem(long line, String problem) {

    /** As a person reads it: "Line 3: …". */
    public String sentence() {
        return "Line " + line + ": " + problem;
    }
}
