package com.termboard.plan;

import com.termboard.system.IdentifiedEntity;
import com.termboard.term.Term;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** A weighted objective of a term's plan, optionally continuing one of the previous term. */
@Entity
public class Objective extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    public int position;
    public String title;
    public String description = "";
    public int weight;
    public String perspective;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "continues_id")
    public Objective continues;

    @OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Kpi> kpis = new ArrayList<>();

    @Version
    public long version;

    public static List<Objective> ofTerm(Term term) {
        return list("term = ?1 ORDER BY position, id", term);
    }
}
