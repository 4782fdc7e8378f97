package com.termboard.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.termboard.read.ReportViews;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@link RenderedParts} keeps a rendering for: the models of the report pages are values, and a model holding
 * anything compared by identity or by id is refused, with the path to it.
 */
class ValueTypesTest {

    enum Colour { RED }

    record Good(long id, String name, BigDecimal score, Colour colour, List<Map<Long, Good>> nested) {
    }

    record WithArray(long id, int[] values) {
    }

    record WithObject(Object anything) {
    }

    record WithMutable(List<StringBuilder> texts) {
    }

    record Deep(Good good, List<WithArray> arrays) {
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Record> model(String name) throws ClassNotFoundException {
        return (Class<? extends Record>) Class.forName(name);
    }

    @Test
    void theReportPagesModelsAreValues() throws ClassNotFoundException {
        ValueTypes.check(ReportViews.GroupHistory.class);
        ValueTypes.check(model("com.termboard.report.ReportResource$CompareBody"));
        ValueTypes.check(model("com.termboard.scorecard.ScorecardResource$Body"));
        ValueTypes.check(Good.class);
    }

    @Test
    void anythingComparedByIdentityIsRefusedWithItsPath() {
        assertEquals("WithArray.values is a int[], which is not compared by what it holds",
                assertThrows(IllegalArgumentException.class, () -> ValueTypes.check(WithArray.class)).getMessage());
        assertEquals("WithObject.anything is a java.lang.Object, which is not compared by what it holds",
                assertThrows(IllegalArgumentException.class, () -> ValueTypes.check(WithObject.class)).getMessage());
        assertEquals("WithMutable.texts<> is a java.lang.StringBuilder, which is not compared by what it holds",
                assertThrows(IllegalArgumentException.class, () -> ValueTypes.check(WithMutable.class)).getMessage());
        assertEquals("Deep.arrays<>.values is a int[], which is not compared by what it holds",
                assertThrows(IllegalArgumentException.class, () -> ValueTypes.check(Deep.class)).getMessage());
    }
}
