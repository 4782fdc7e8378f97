package com.termboard.progress;

import com.termboard.plan.Kpi;
import com.termboard.system.IdentifiedEntity;
import com.termboard.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One reported value of a KPI; never changed once written (the table refuses updates). */
@Entity
@Table(name = "progress_entry")
public class ProgressEntry extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kpi_id")
    public Kpi kpi;

    public LocalDate asOf;

    @Column(precision = 24, scale = 6)
    public BigDecimal value;

    public String comment = "";

    public Integer confidence;

    /** The earlier entry this one corrects; that one then no longer counts. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supersedes_id")
    public ProgressEntry supersedes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entered_by_id")
    public User enteredBy;

    public Instant enteredAt;

    public static List<ProgressEntry> ofKpi(Kpi kpi) {
        return list("SELECT e FROM ProgressEntry e JOIN FETCH e.enteredBy WHERE e.kpi = ?1 "
                + "ORDER BY e.asOf DESC, e.enteredAt DESC, e.id DESC", kpi);
    }
}
