package com.termboard.progress;

import com.termboard.scoring.PaceStatus;

/** The words shown beside a pace colour, so that status never depends on colour alone. */
public final class PaceLabels {

    private PaceLabels() {
    }

    public static String label(PaceStatus status) {
        if (status == null) {
            return "No data";
        }
        return switch (status) {
            case ON_TRACK -> "On track";
            case AT_RISK -> "At risk";
            case OFF_TRACK -> "Off track";
        };
    }
}
