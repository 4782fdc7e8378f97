package com.termboard.group;

import com.termboard.user.User;
import com.termboard.web.forms.FormState;
import java.time.LocalDate;
import java.util.List;

/** The group page: units, timeline, and the admin's forms, one of which may have been refused. */
public record GroupPage(BusinessGroup group, Timeline timeline, List<User> presidents, String failedKey,
        FormState failed, String conflict, LocalDate suggestedStart) {

    public FormState f(String key) {
        return key.equals(failedKey) ? failed : FormState.empty();
    }

    public String unitLines() {
        return String.join("\n", group.unitNames());
    }
}
