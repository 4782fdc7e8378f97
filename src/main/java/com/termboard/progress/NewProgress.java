package com.termboard.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A progress entry as a president sends it; {@code supersedes} names the entry it corrects. */
public record NewProgress(LocalDate asOf, BigDecimal value, String comment, Integer confidence, Long supersedes) {
}
