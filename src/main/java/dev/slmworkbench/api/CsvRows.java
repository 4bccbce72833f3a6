package dev.slmworkbench.api;

import dev.slmworkbench.training.LossPoint;

/** Rows of one evaluation in the export: its id and names repeated, then kind, name, step, epoch, value. */
final class CsvRows {

    private final String prefix;
    private final String model;
    private final String dataset;

    CsvRows(String id, String experiment, String model, String dataset) {
        this.model = model;
        this.dataset = dataset;
        this.prefix = CsvCells.text(id) + ',' + CsvCells.text(experiment) + ',' + CsvCells.text(model) + ','
                + CsvCells.text(dataset) + ',';
    }

    String model() {
        return model;
    }

    String dataset() {
        return dataset;
    }

    /** One row; {@code value} is already a cell. */
    String row(String kind, String name, Integer step, Double epoch, String value) {
        return prefix + kind + ',' + CsvCells.text(name) + ',' + (step == null ? "" : step.toString()) + ','
                + CsvCells.number(epoch) + ',' + value + "\r\n";
    }

    String point(String kind, LossPoint p, double value) {
        return row(kind, kind, p.step(), p.epoch(), CsvCells.number(value));
    }
}
