package com.termboard.group;

import java.util.List;

/** A business group as the API shows it. */
public record GroupView(Long id, String code, String name, String description, int termMonths, List<String> units,
        boolean active) {

    public static GroupView of(BusinessGroup group) {
        return new GroupView(group.id, group.code, group.name, group.description, group.termMonths,
                group.unitNames(), group.active);
    }
}
