package com.termboard.metric;

/** Whether a bigger or a smaller value of a metric is the better one. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
