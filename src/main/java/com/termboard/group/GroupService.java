package com.termboard.group;

import com.termboard.audit.AuditLog;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.Validation;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Creates and edits business groups. */
@ApplicationScoped
@Transactional
public class GroupService {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");
    static final int MAX_UNITS = 50;

    /** The body of {@code POST /api/groups} and of the admin's group form. */
    public record GroupRequest(String code, String name, String description, Integer termMonths,
            List<String> units) {
    }

    @Inject
    AuditLog audit;

    public BusinessGroup create(GroupRequest in) {
        validate(in, true);
        if (BusinessGroup.byCode(in.code()).isPresent()) {
            throw ApiError.conflict(Texts.of(GroupMessages.class).group_exists(in.code()));
        }
        BusinessGroup group = new BusinessGroup();
        group.code = in.code();
        apply(group, in);
        group.persist();
        audit.record("CREATE", "BusinessGroup", group.id, null, GroupView.of(group));
        return group;
    }

    public BusinessGroup update(BusinessGroup group, GroupRequest in) {
        validate(in, false);
        GroupView before = GroupView.of(group);
        apply(group, in);
        BusinessGroup.flush();
        audit.record("UPDATE", "BusinessGroup", group.id, before, GroupView.of(group));
        return group;
    }

    private void apply(BusinessGroup group, GroupRequest in) {
        group.name = in.name().trim();
        group.description = in.description() == null ? "" : in.description().trim();
        group.termMonths = in.termMonths() == null ? 6 : in.termMonths();
        List<String> units = in.units() == null ? List.of() : in.units().stream().map(String::trim)
                .filter(u -> !u.isEmpty()).toList();
        if (!units.equals(group.unitNames())) {
            group.setUnitNames(units);
            BusinessGroup.flush(); // remove the old unit rows before the new ones reuse their names
        }
    }

    private static void validate(GroupRequest in, boolean creating) {
        GroupMessages text = Texts.of(GroupMessages.class);
        Validation v = new Validation();
        if (creating) {
            v.text(in.code(), "code", 20).matches(in.code(), CODE, "code", text.code_rule());
        }
        v.text(in.name(), "name", 120).optionalText(in.description(), "description", 2000);
        if (in.termMonths() != null) {
            v.range(in.termMonths(), 1, 24, "termMonths");
        }
        List<String> units = in.units() == null ? List.of() : in.units();
        v.require(units.size() <= MAX_UNITS, "units", text.at_most_units(MAX_UNITS));
        for (String unit : units) {
            v.require(unit != null, "units", text.unit_needs_name());
            if (unit != null) {
                v.optionalText(unit, "units", 120);
            }
        }
        v.require(units.stream().filter(u -> u != null && !u.isBlank()).map(String::trim)
                .allMatch(new HashSet<>()::add), "units", text.unit_named_once());
        v.check();
    }
}
