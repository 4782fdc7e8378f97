package com.termboard.audit;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A page of the audit log, newest first: entries of any of {@code entities} (all when empty), of one entity id if
 * given, older than the entry {@code before} or newer than the entry {@code after} (at most one of the two). The order
 * is (at, id) descending, and a page continues from an entry rather than from a count of rows, so that entries
 * written meanwhile neither repeat nor skip one.
 */
public record AuditQuery(List<String> entities, Long entityId, Long before, Long after, int size) {

    /** The entries of the page, and whether there are older and newer ones beyond it. */
    public record Page(List<AuditEntry> entries, boolean older, boolean newer) {

        public Long first() {
            return entries.isEmpty() ? null : entries.get(0).id;
        }

        public Long last() {
            return entries.isEmpty() ? null : entries.get(entries.size() - 1).id;
        }
    }

    /** The chosen entity types: repeated parameters or a comma-separated list, blanks left out, each once. */
    public static List<String> types(List<String> sent) {
        Set<String> names = new LinkedHashSet<>();
        if (sent != null) {
            for (String value : sent) {
                for (String name : value.split(",")) {
                    if (!name.isBlank()) {
                        names.add(name.strip());
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    public AuditQuery {
        entities = List.copyOf(entities);
    }

    public Page run() {
        Long cursor = after != null ? after : before;
        AuditEntry from = cursor == null ? null : AuditEntry.findById(cursor);
        boolean forward = after != null && from != null;
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (!entities.isEmpty()) {
            q.append(" AND entity IN :entities");
            p.and("entities", entities);
        }
        if (entityId != null) {
            q.append(" AND entityId = :entityId");
            p.and("entityId", entityId);
        }
        if (from != null) {
            q.append(forward ? " AND (at > :at OR (at = :at AND id > :id))"
                    : " AND (at < :at OR (at = :at AND id < :id))");
            p.and("at", from.at).and("id", from.id);
        }
        q.append(forward ? " ORDER BY at ASC, id ASC" : " ORDER BY at DESC, id DESC");
        List<AuditEntry> found = new ArrayList<>(AuditEntry.<AuditEntry>find(q.toString(), p).page(0, size + 1).list());
        boolean more = found.size() > size;
        if (more) {
            found.remove(size);
        }
        if (forward) {
            Collections.reverse(found);
            return new Page(found, true, more);
        }
        return new Page(found, more, from != null);
    }
}
