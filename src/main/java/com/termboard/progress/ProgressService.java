package com.termboard.progress;

import com.termboard.audit.AuditLog;
import com.termboard.plan.Kpi;
import com.termboard.session.CurrentUser;
import com.termboard.system.BusinessMetrics;
import com.termboard.system.TermboardConfig;
import com.termboard.system.Today;
import com.termboard.term.Term;
import com.termboard.user.User;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.FieldError;
import com.termboard.web.forms.Validation;
import com.termboard.web.i18n.Texts;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Stores progress entries, several at once and all or none, after checking the rules of SPEC.md "Progress entry".
 * Callers check who the user is (TermAccess); this checks what they enter.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    /** Prometheus exports this counter as {@code termboard_progress_entries_total}. */

    private static final BigDecimal LIMIT = new BigDecimal("1E18");

    /** One entry to store: the KPI, the input, and how to name a field in an error (e.g. "value-12", "Row 3: value"). */
    public record Draft(long kpiId, NewProgress input, UnaryOperator<String> field) {
    }

    @Inject
    TermboardConfig config;

    @Inject
    Today today;

    @Inject
    Clock clock;

    @Inject
    CurrentUser me;

    @Inject
    AuditLog audit;

    @Inject
    MeterRegistry meters;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** 409 with the reason when the term does not take progress today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkOpen(Term term) {
        ProgressRules.refusal(term, today.date(), config.progress().graceDays()).ifPresent(refusal -> {
            throw ApiError.conflict(ProgressRefusals.text(refusal));
        });
    }

    /** Every field problem of the drafts, without storing anything; 409 if an entry to correct was corrected already. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldError> problems(Term term, List<Draft> drafts) {
        LocalDate day = today.date();
        Validation v = new Validation();
        Set<Long> corrected = new HashSet<>();
        ProgressMessages t = Texts.of(ProgressMessages.class);
        for (Draft d : drafts) {
            NewProgress in = d.input();
            Kpi kpi = Kpi.findById(d.kpiId());
            if (kpi == null || !kpi.objective.term.id.equals(term.id)) {
                v.require(false, d.field().apply("kpi"), t.not_a_kpi());
                continue;
            }
            ProgressRules.asOfProblem(in.asOf(), term, day)
                    .ifPresent(p -> v.require(false, d.field().apply("asOf"), ProgressRefusals.text(p)));
            v.require(in.value() != null, d.field().apply("value"), Texts.msg().required());
            if (in.value() != null) {
                v.require(in.value().abs().compareTo(LIMIT) < 0, d.field().apply("value"),
                        t.value_too_large());
                v.require(in.value().stripTrailingZeros().scale() <= 6, d.field().apply("value"),
                        t.too_many_decimals());
            }
            if (in.confidence() != null) {
                v.range(in.confidence(), 1, 5, d.field().apply("confidence"));
            }
            v.optionalText(in.comment(), d.field().apply("comment"), 2000);
            if (in.supersedes() != null) {
                checkCorrection(kpi, in.supersedes(), d.field().apply("supersedes"), v, corrected);
            }
        }
        return v.errors();
    }

    private void checkCorrection(Kpi kpi, Long supersedes, String field, Validation v, Set<Long> corrected) {
        ProgressEntry old = ProgressEntry.findById(supersedes);
        if (old == null || !old.kpi.id.equals(kpi.id)) {
            v.require(false, field, Texts.of(ProgressMessages.class).entry_not_of_kpi(supersedes));
            return;
        }
        ProgressEntry later = ProgressEntry.find("supersedes = ?1", old).firstResult();
        if (later != null || !corrected.add(supersedes)) {
            ProgressMessages t = Texts.of(ProgressMessages.class);
            throw ApiError.conflict(later == null ? t.entry_corrected(supersedes)
                    : t.entry_corrected_by(supersedes, later.id));
        }
    }

    /** Stores the drafts in this transaction, all or none: 409 if the term is not open, 400 with every field error. */
    public List<ProgressEntry> enter(long termId, List<Draft> drafts) {
        return enter(termId, drafts, kpi -> true);
    }

    /**
     * As {@link #enter(long, List)}, but a value far off its KPI's last entry is stored only if {@code confirmed}
     * says so for its KPI; else nothing is stored and {@link UnconfirmedValues} names them (the progress form).
     */
    public List<ProgressEntry> enter(long termId, List<Draft> drafts, Predicate<Long> confirmed) {
        Term term = Term.findById(termId);
        checkOpen(term);
        List<FieldError> errors = problems(term, drafts);
        if (!errors.isEmpty()) {
            throw ApiError.invalid(errors);
        }
        UnconfirmedValues.among(drafts, confirmed).ifPresent(e -> {
            throw e;
        });
        User user = User.byUsername(me.username()).orElseThrow(() -> ApiError.forbidden(Texts.msg().detail_unknown_user()));
        List<ProgressEntry> stored = new ArrayList<>();
        for (Draft d : drafts) {
            stored.add(store(Kpi.findById(d.kpiId()), d.input(), user));
        }
        countAfterCommit(stored.size());
        return stored;
    }

    private ProgressEntry store(Kpi kpi, NewProgress in, User user) {
        ProgressEntry e = new ProgressEntry();
        e.kpi = kpi;
        e.asOf = in.asOf();
        e.value = in.value();
        e.comment = in.comment() == null ? "" : in.comment().trim();
        e.confidence = in.confidence();
        e.supersedes = in.supersedes() == null ? null : ProgressEntry.findById(in.supersedes());
        e.enteredBy = user;
        e.enteredAt = Instant.now(clock);
        e.persist();
        audit.record("CREATE", "ProgressEntry", e.id, null, ProgressView.of(e, null));
        return e;
    }

    /** The counter counts what was really stored, so it moves only once the transaction commits. */
    private void countAfterCommit(int entries) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    meters.counter(BusinessMetrics.PROGRESS_ENTRIES).increment(entries);
                }
            }
        });
    }
}
