package com.termboard.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** Who of a cycle's reviewers has submitted, who has a draft (absent: not started). */
@ApplicationScoped
public class CycleCompletion {

    public Map<String, ReviewStatus> statuses(ReviewCycle cycle) {
        Map<String, ReviewStatus> statuses = new HashMap<>();
        for (Review r : Review.inCycle(cycle)) {
            statuses.put(r.reviewer.username, r.status);
        }
        return statuses;
    }
}
