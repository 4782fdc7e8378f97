package com.termboard.metric;

/** How a KPI's progress entries combine into its actual value. */
public enum Aggregation {
    /** The value of the entry with the latest as-of date (ties: the latest entered). */
    LATEST,
    /** The sum of the values. */
    SUM,
    /** The arithmetic mean of the values. */
    AVERAGE
}
