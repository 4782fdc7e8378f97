package com.termboard.scoring;

/** Whether a KPI's attainment keeps up with the elapsed share of its term (shown green, amber, red). */
public enum PaceStatus {
    /** Attainment at least the elapsed fraction f. */
    ON_TRACK,
    /** Attainment at least 0.85 f but below f. */
    AT_RISK,
    /** Attainment below 0.85 f. */
    OFF_TRACK
}
