package com.termboard.plan;

import com.termboard.plan.PlanRules.Block;
import com.termboard.web.i18n.Texts;
import java.util.List;

/** What blocks a plan's submission, in words a president can act on, in the request's language. */
final class PlanBlocks {

    private PlanBlocks() {
    }

    /** The reasons the loaded plan cannot be submitted, as texts; empty when it can. */
    static List<String> of(List<Objective> objectives) {
        return texts(PlanRules.blockers(PlanRules.shapes(objectives)));
    }

    static List<String> texts(List<Block> blocks) {
        PlanMessages text = Texts.of(PlanMessages.class);
        return blocks.stream().map(b -> text(text, b)).toList();
    }

    static String text(PlanMessages text, Block b) {
        return switch (b.kind()) {
            case NO_OBJECTIVE -> text.blocker_no_objective();
            case OBJECTIVE_WEIGHTS -> text.blocker_objective_weights(b.total());
            case NO_KPI -> text.blocker_no_kpi(b.objective());
            case KPI_WEIGHTS -> text.blocker_kpi_weights(b.objective(), b.total());
            case TARGET_IS_BASELINE -> text.blocker_target_is_baseline(b.metric(), b.objective());
        };
    }
}
