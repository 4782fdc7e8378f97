package com.termboard.group;

import com.termboard.system.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A unit of a business group, e.g. Online Payment. */
@Entity
@Table(name = "business_unit")
public class BusinessUnit extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public BusinessGroup group;

    public int position;
    public String name;
}
