package dev.slmworkbench.api.datasets.upload;

/** How long a record of an upload may be, and how many bad ones may be left out of it. */
public record RecordLimits(long maxRecordBytes, long maxBadRecords) {
}
