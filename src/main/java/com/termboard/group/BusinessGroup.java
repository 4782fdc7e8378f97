package com.termboard.group;

import com.termboard.system.IdentifiedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A business group led by a rotating president, e.g. DPBG. */
@Entity
@Table(name = "business_group")
public class BusinessGroup extends IdentifiedEntity {

    public String code;
    public String name;
    public String description = "";
    public int termMonths = 6;
    public boolean active = true;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<BusinessUnit> units = new ArrayList<>();

    @Version
    public long version;

    public void setUnitNames(List<String> names) {
        units.clear();
        for (String name : names) {
            BusinessUnit unit = new BusinessUnit();
            unit.group = this;
            unit.name = name;
            unit.position = units.size();
            units.add(unit);
        }
    }

    public List<String> unitNames() {
        return units.stream().map(u -> u.name).toList();
    }

    public static Optional<BusinessGroup> byCode(String code) {
        if (code == null || code.indexOf('\u0000') >= 0) {
            return Optional.empty(); // PostgreSQL refuses NUL in a parameter; no such row can exist
        }
        return find("code", code).firstResultOptional();
    }

    public static List<BusinessGroup> allByCode() {
        return list("SELECT DISTINCT g FROM BusinessGroup g LEFT JOIN FETCH g.units ORDER BY g.code");
    }
}
