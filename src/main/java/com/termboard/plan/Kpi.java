package com.termboard.plan;

import com.termboard.metric.Metric;
import com.termboard.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A metric with a baseline and a target, weighted within its objective. */
@Entity
public class Kpi extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    public Objective objective;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "metric_id")
    public Metric metric;

    public int position;

    @Column(precision = 24, scale = 6)
    public BigDecimal baseline;

    @Column(precision = 24, scale = 6)
    public BigDecimal target;

    public int weight;

    @Version
    public long version;
}
