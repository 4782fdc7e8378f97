package com.termboard.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** What an admin sends to create a review cycle; {@code final} is a Java keyword, hence the rename. */
public record NewCycle(String name, LocalDate opensOn, LocalDate closesOn, @JsonProperty("final") Boolean isFinal,
        List<String> reviewers) {
}
