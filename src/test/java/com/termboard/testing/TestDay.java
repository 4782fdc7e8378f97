package com.termboard.testing;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * "Today" around every {@code @QuarkusTest} method (META-INF/services registers this): the day of the class's
 * {@link Today} before it, if it has one, and now again after it, so that a test that moves the {@link MutableClock}
 * cannot leave the next test on its day.
 */
public class TestDay implements QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {

    /** The day (yyyy-MM-dd) every test of the class starts on. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Today {
        String value();
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Today today = context.getTestInstance().getClass().getAnnotation(Today.class);
        if (today != null) {
            clock().setToday(LocalDate.parse(today.value()));
        }
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        clock().reset();
    }

    private static MutableClock clock() {
        return Arc.container().instance(MutableClock.class).get();
    }
}
