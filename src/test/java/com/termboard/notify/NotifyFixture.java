package com.termboard.notify;

import com.termboard.task.TaskFixture;
import com.termboard.testing.Fixtures;
import java.util.List;
import java.util.Map;

/** A user's notifications as {@code GET /api/notifications} returns them, and the reminder job run by the admin. */
final class NotifyFixture {

    private NotifyFixture() {
    }

    static List<Map<String, Object>> notifications(String user) {
        return TaskFixture.as(user).get("/api/notifications").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The user's notifications of {@code kind} about {@code subject}, newest first. */
    static List<Map<String, Object>> of(String user, String kind, long subject) {
        return notifications(user).stream().filter(n -> kind.equals(n.get("kind"))
                && ((Number) ((Map<?, ?>) n.get("subject")).get("id")).longValue() == subject).toList();
    }

    /** The one notification of {@code kind} about {@code subject}; fails when there is none or more than one. */
    static Map<String, Object> one(String user, String kind, long subject) {
        List<Map<String, Object>> found = of(user, kind, subject);
        if (found.size() != 1) {
            throw new AssertionError(user + " has " + found.size() + " " + kind + " about " + subject + ": "
                    + notifications(user));
        }
        return found.get(0);
    }

    /** "G123 2045 H2": a term's group and label, as the texts name it. */
    static String label(long term) {
        Map<String, Object> t = Fixtures.admin().get("/api/terms/" + term).then().statusCode(200).extract()
                .jsonPath().getMap("$");
        return t.get("group") + " " + t.get("label");
    }

    static long id(Map<String, Object> notification) {
        return ((Number) notification.get("id")).longValue();
    }

    /** {@code POST /api/admin/reminders/run}: {notifications, emails}. */
    static Map<String, Object> runReminders() {
        return Fixtures.admin().post("/api/admin/reminders/run").then().statusCode(200).extract().jsonPath()
                .getMap("$");
    }

    /** A review cycle of {@code term} with these reviewers; returns its id. */
    static long cycle(long term, String name, String opensOn, String closesOn, List<String> reviewers) {
        return ((Number) Fixtures.admin().body(Map.of("name", name, "opensOn", opensOn, "closesOn", closesOn,
                "final", false, "reviewers", reviewers)).post("/api/terms/" + term + "/cycles").then()
                .statusCode(201).extract().path("id")).longValue();
    }
}
