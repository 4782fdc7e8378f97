package com.termboard.admin;

import com.termboard.audit.AuditChanges;
import com.termboard.audit.AuditEntry;
import com.termboard.audit.AuditQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The audit log page: a page of entries with each one's changed fields, the entity types to filter by (those the
 * log holds, and those chosen), and the links to older and newer entries under the same filter.
 */
public record AuditPage(AuditQuery.Page page, List<String> types, List<String> chosen, Long entityId) {

    static final int SIZE = 50;

    /** The types offered as boxes: the log's own and any chosen one it does not hold (so a choice stays visible). */
    public List<String> offered() {
        Set<String> all = new LinkedHashSet<>(types);
        all.addAll(chosen);
        return new ArrayList<>(all);
    }

    public boolean isChosen(String type) {
        return chosen.contains(type);
    }

    public List<AuditChanges.Change> changes(AuditEntry e) {
        return AuditChanges.of(e.before, e.after);
    }

    /** The link to the entries older than this page, or null when there are none. */
    public String olderLink() {
        return page.older() && page.last() != null ? "/admin/audit?" + filter() + "before=" + page.last() : null;
    }

    /** The link to the entries newer than this page, or null when this page starts with the newest. */
    public String newerLink() {
        return page.newer() && page.first() != null ? "/admin/audit?" + filter() + "after=" + page.first() : null;
    }

    private String filter() {
        StringBuilder q = new StringBuilder();
        for (String type : chosen) {
            q.append("entity=").append(URLEncoder.encode(type, StandardCharsets.UTF_8)).append('&');
        }
        if (entityId != null) {
            q.append("id=").append(entityId).append('&');
        }
        return q.toString();
    }
}
