package dev.slmworkbench.api.evaluations.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void plainTextIsLeftAlone() {
        assertEquals("SmolLM2 135M", CsvCells.text("SmolLM2 135M"));
        assertEquals("", CsvCells.text(null));
        assertEquals("", CsvCells.text(""));
    }

    @Test
    void quotesCommasAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\"", CsvCells.text("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvCells.text("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvCells.text("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvCells.text("cr\rhere"));
    }

    @Test
    void formulaLikeTextGetsAQuoteInFront() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvCells.text("=HYPERLINK(\"x\")"));
        assertEquals("'+1+2", CsvCells.text("+1+2"));
        assertEquals("'-cmd", CsvCells.text("-cmd"));
        assertEquals("'@SUM(A1)", CsvCells.text("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.text("\tx"));
        assertEquals("\"'\rx\"", CsvCells.text("\rx"));
        assertEquals("\"'=1,2\"", CsvCells.text("=1,2"));
    }

    @Test
    void fullWidthAndSmallFormsOfFormulaCharactersAreGuarded() {
        assertEquals("'\uFF1DCMD()", CsvCells.text("\uFF1DCMD()"));
        assertEquals("'\uFE66CMD()", CsvCells.text("\uFE66CMD()"));
        assertEquals("'\uFF0B1", CsvCells.text("\uFF0B1"));
        assertEquals("'\uFE621", CsvCells.text("\uFE621"));
        assertEquals("'\uFF0D1", CsvCells.text("\uFF0D1"));
        assertEquals("'\uFE631", CsvCells.text("\uFE631"));
        assertEquals("'\uFF20SUM(A1)", CsvCells.text("\uFF20SUM(A1)"));
        assertEquals("'\uFE6BSUM(A1)", CsvCells.text("\uFE6BSUM(A1)"));
    }

    @Test
    void spacesAndInvisibleCharactersBeforeAFormulaDoNotHideIt() {
        assertEquals("' =1+2", CsvCells.text(" =1+2"));
        assertEquals("'\u00A0=1+2", CsvCells.text("\u00A0=1+2"));
        assertEquals("'\u200B=1+2", CsvCells.text("\u200B=1+2"));
        assertEquals("'\uFEFF=1+2", CsvCells.text("\uFEFF=1+2"));
        assertEquals("'\u2060\u3000@x", CsvCells.text("\u2060\u3000@x"));
        assertEquals("'\u200B \uFF1Dx", CsvCells.text("\u200B \uFF1Dx"));
        assertEquals("\u200B plain", CsvCells.text("\u200B plain"));
        assertEquals("a =1", CsvCells.text("a =1"));
    }

    @Test
    void semicolonsAreQuotedForSemicolonLocales() {
        assertEquals("\"a;b\"", CsvCells.text("a;b"));
        assertEquals("\"'=1;2\"", CsvCells.text("=1;2"));
    }

    @Test
    void plainNumbersAreNotGuarded() {
        assertEquals("-0.5", CsvCells.text("-0.5"));
        assertEquals("+3", CsvCells.text("+3"));
        assertEquals("-1e-3", CsvCells.text("-1e-3"));
        assertEquals("'-1e", CsvCells.text("-1e"));
        assertEquals("'-", CsvCells.text("-"));
    }

    @Test
    void numbersAreWrittenAsSpreadsheetsReadThem() {
        assertEquals("-0.5", CsvCells.number(-0.5));
        assertEquals("3", CsvCells.number(3.0));
        assertEquals("8", CsvCells.number(8));
        assertEquals("0.0002", CsvCells.number(2.0E-4));
        assertEquals("0.123456789", CsvCells.number(0.123456789));
        assertEquals("", CsvCells.number(null));
        assertEquals("NaN", CsvCells.number(Double.NaN));
        assertEquals("'-Infinity", CsvCells.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void valuesOfAnyJsonType() {
        assertEquals("12", CsvCells.value(12));
        assertEquals("1.5", CsvCells.value(1.5));
        assertEquals("'=cmd", CsvCells.value("=cmd"));
        assertEquals("true", CsvCells.value(true));
        assertEquals("\"{a=1, b=2}\"", CsvCells.value(new java.util.TreeMap<>(Map.of("a", 1, "b", 2))));
        assertEquals("", CsvCells.value(null));
    }

    @Test
    void rowsRepeatTheEvaluationAndEndInCrLf() {
        CsvRows rows = new CsvRows("ev1", "Run, one", "=model", "-data");
        assertEquals("ev1,\"Run, one\",'=model,'-data,metric,f1,,,0.5\r\n",
                rows.row("metric", "f1", null, null, CsvCells.number(0.5)));
        assertEquals("ev1,\"Run, one\",'=model,'-data,trainLoss,trainLoss,7,0.25,-0.5\r\n",
                rows.point("trainLoss", new dev.slmworkbench.training.LossPoint(7, 0.25, -0.5, null), -0.5));
    }
}
