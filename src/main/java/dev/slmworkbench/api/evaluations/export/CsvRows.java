package dev.slmworkbench.api.evaluations.export;

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
        StringBuilder out = new StringBuilder();
        point(out, kind, p.step(), p.epoch() == null ? Double.NaN : p.epoch(), value);
        return out.toString();
    }

    /** One curve row appended to {@code out}; a {@code NaN} epoch is an empty cell. */
    void point(StringBuilder out, String kind, int step, double epoch, double value) {
        out.append(prefix).append(kind).append(',').append(kind).append(',').append(step).append(',')
                .append(Double.isNaN(epoch) ? "" : CsvCells.number(epoch)).append(',')
                .append(CsvCells.number(value)).append("\r\n");
    }
}
