package com.termboard.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An audit entry's before and after snapshots as a reader wants them: the fields that changed, each with its old and
 * new value (null where the field did not exist: a creation has only new values, a deletion only old ones). A
 * snapshot that is not a JSON object is shown whole as one field named "".
 */
public final class AuditChanges {

    /** One field: its name and its value before and after, as text (null: absent). */
    public record Change(String field, String before, String after) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditChanges() {
    }

    public static List<Change> of(String before, String after) {
        JsonNode b = parse(before);
        JsonNode a = parse(after);
        List<Change> changes = new ArrayList<>();
        if ((b != null && !b.isObject()) || (a != null && !a.isObject())) {
            if (!Objects.equals(b, a)) {
                changes.add(new Change("", text(b), text(a)));
            }
            return changes;
        }
        Set<String> fields = new LinkedHashSet<>();
        names(b, fields);
        names(a, fields);
        for (String field : fields) {
            JsonNode old = b == null ? null : b.get(field);
            JsonNode now = a == null ? null : a.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(field, text(old), text(now)));
            }
        }
        return changes;
    }

    private static void names(JsonNode node, Set<String> into) {
        if (node != null) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                into.add(it.next());
            }
        }
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(json); // stored text that is not JSON is shown as it is
        }
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
