package com.termboard.notify;

import static com.termboard.notify.NotifyFixture.label;
import static com.termboard.notify.NotifyFixture.one;
import static com.termboard.notify.NotifyFixture.runReminders;
import static com.termboard.task.TaskFixture.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.handover.HandoverJourneyFixture;
import com.termboard.notify.SmtpServer.Mail;
import com.termboard.task.TaskFixture;
import com.termboard.testing.Fixtures;
import com.termboard.testing.Management;
import com.termboard.testing.MutableClock;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Notifications by e-mail through a real SMTP server: an event at once, the daily reminders as one digest (or one
 * e-mail each), each in its recipient's language with absolute links, never twice, and nothing lost while the mail
 * server is down.
 */
@QuarkusTest
@TestProfile(MailTest.EmailOn.class)
class MailTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** An hour ago: the scheduled run is 23 hours away, never during the test. */
    static final LocalTime RUNS_AT = LocalTime.now(ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
    static final String BASE = "https://termboard.example.com";

    public static class EmailOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("termboard.notifications.email", "true", "termboard.base-url", BASE + "/",
                    "termboard.reminders.time", RUNS_AT.toString());
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SmtpServer.class));
        }
    }

    @Inject
    MutableClock clock;

    @Inject
    Scheduler scheduler;

    @Test
    void anEventIsMailedAtOnceInTheRecipientsLanguageWithAbsoluteLinks() throws Exception {
        clock.setToday(LocalDate.of(2045, 6, 10));
        String president = user("PRESIDENT");
        as(president).body(prefs("zh-CN", president, true, true)).put("/api/me/preferences").then().statusCode(200);
        long term = TaskFixture.plannedTerm(president, "2045-07-01").term();
        String label = label(term);
        as(president).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);

        Mail submitted = SmtpServer.await("exec@example.com", 1, m -> m.subject().contains(label)).get(0);
        assertEquals("Termboard: User " + president + " submitted the plan of " + label + " for approval.",
                submitted.subject(), "the demo executive reads English");
        assertTrue(submitted.text().startsWith("Hello Evelyn Exec,"), submitted.text());
        assertTrue(submitted.text().contains(BASE + "/terms/" + term + "/plan"), submitted.text());
        assertTrue(submitted.text().contains(BASE + "/me"), submitted.text());
        assertNotNull(submitted.html(), "an HTML part too");
        assertTrue(submitted.html().contains("<a href=\"" + BASE + "/terms/" + term + "/plan\">"), submitted.html());
        assertTrue(submitted.html().contains("<a href=\"" + BASE + "/me\">"), submitted.html());

        as("exec").post("/api/terms/" + term + "/plan/approve").then().statusCode(200);
        Mail approved = SmtpServer.await(address(president), 1, m -> true).get(0);
        assertEquals("Termboard：" + label + " 的计划已获批准。", approved.subject(), "the president chose Chinese");
        assertTrue(approved.text().startsWith("User " + president + "，您好："), approved.text());
        assertTrue(approved.text().contains(BASE + "/terms/" + term + "/plan"), approved.text());
        assertTrue(approved.html().contains("<html lang=\"zh-CN\">"), approved.html());
        assertTrue(approved.html().contains("更改 Termboard 发给您的电子邮件或语言"), approved.html());
    }

    @Test
    void theDailyRunSendsOneDigestOrOneEachAndNothingTwice() throws Exception {
        clock.setToday(LocalDate.of(2046, 1, 1));
        String digest = user("PRESIDENT");
        String each = user("PRESIDENT");
        as(each).body(prefs("en", each, true, false)).put("/api/me/preferences").then().statusCode(200);
        Map<String, Long> active = new HashMap<>();
        Map<String, Long> upcoming = new HashMap<>();
        for (String p : List.of(digest, each)) {
            long t = TaskFixture.approvedTerm(p, "2046-01-01").term();
            SmtpServer.await(address(p), 1, m -> m.subject().endsWith(" was approved."));
            active.put(p, t);
            upcoming.put(p, TaskFixture.plannedTerm(p, "2046-02-20").term());
        }

        clock.setToday(LocalDate.of(2046, 2, 10));
        Map<String, Object> run = runReminders();
        assertTrue(((Number) run.get("emails")).intValue() >= 3, run.toString());
        List<Mail> one = SmtpServer.await(address(digest), 2, m -> true);
        Mail reminders = one.get(1);
        assertEquals("Termboard: 2 reminders", reminders.subject());
        assertTrue(reminders.text().contains("Enter progress for " + label(active.get(digest))
                + ": 2 KPIs have no entry in the last 14 days."), reminders.text());
        assertTrue(reminders.text().contains("The plan of " + label(upcoming.get(digest))
                + " is still a draft; the term starts on 2046-02-20."), reminders.text());
        assertTrue(reminders.text().contains(BASE + "/terms/" + active.get(digest) + "/progress"), reminders.text());
        assertTrue(reminders.text().contains(BASE + "/terms/" + upcoming.get(digest) + "/plan"), reminders.text());
        List<Mail> separate = SmtpServer.await(address(each), 3, m -> true).subList(1, 3);
        assertTrue(separate.stream().anyMatch(m -> m.subject().startsWith("Termboard: Enter progress for ")),
                separate.toString());
        assertTrue(separate.stream().anyMatch(m -> m.subject().startsWith("Termboard: The plan of ")),
                separate.toString());

        assertEquals(0, runReminders().get("emails"), "the same day again: nothing new to send");
        Thread.sleep(500);
        assertEquals(2, SmtpServer.to(address(digest)).size());
        assertEquals(3, SmtpServer.to(address(each)).size());
    }

    @Test
    void everyOtherEventAndReminderIsMailedToItsRecipient() throws Exception {
        Map<String, Object> m = HandoverJourneyFixture.make(clock);
        long a = (Long) m.get("a");
        String outgoing = (String) m.get("outgoing");
        String incoming = (String) m.get("incoming");
        String reviewer = user("REVIEWER");
        for (String p : List.of(outgoing, incoming)) {
            as(p).body(prefs("en", p, true, true)).put("/api/me/preferences").then().statusCode(200);
        }
        String label = label(a);

        clock.setToday(LocalDate.of(2040, 6, 1));
        long cycle = NotifyFixture.cycle(a, "Final check", "2040-06-01", "2040-06-04", List.of(reviewer));
        Mail assigned = SmtpServer.await(address(reviewer), 1, x -> true).get(0);
        assertEquals("Termboard: You are a reviewer of " + label + " in the cycle Final check, which closes on "
                + "2040-06-04.", assigned.subject());
        assertTrue(assigned.text().contains(BASE + "/cycles/" + cycle + "/review"), assigned.text());

        runReminders();
        Mail due = SmtpServer.await(address(reviewer), 2, x -> true).get(1);
        assertEquals("Termboard: Your review of " + label + " in the cycle Final check is not submitted; the cycle "
                + "closes on 2040-06-04.", due.subject(), "one reminder: its own subject");
        Mail digest = SmtpServer.await(address(outgoing), 1, x -> x.subject().endsWith(" reminders")).get(0);
        assertTrue(digest.text().contains("Write the handover note of " + label + ": the term ends on 2040-06-30."),
                digest.text());
        assertTrue(digest.text().contains(BASE + "/terms/" + a + "/handover"), digest.text());
        assertTrue(digest.text().contains("Enter progress for " + label), "and the KPIs without a recent entry");

        as(outgoing).body(Map.of("note", "Merchants: 150 of 200.", "recommendations", List.of()))
                .put("/api/terms/" + a + "/handover").then().statusCode(200);
        Mail written = SmtpServer.await(address(incoming), 1, x -> true).get(0);
        assertEquals("Termboard: The handover note of " + label + " is written: decide which objectives carry over.",
                written.subject());
        assertTrue(written.text().contains(BASE + "/terms/" + a + "/handover"), written.text());

        Map<String, Object> body = new HashMap<>();
        body.put("ratings", List.of(Map.of("objective", m.get("growth"), "rating", 4),
                Map.of("objective", m.get("quality"), "rating", 3)));
        body.put("submit", true);
        long review = ((Number) as(reviewer).body(body).put("/api/cycles/" + cycle + "/reviews/me").then()
                .statusCode(200).extract().path("id")).longValue();
        Fixtures.admin().body(Map.of("reason", "Rate quality again.")).post("/api/reviews/" + review + "/reopen")
                .then().statusCode(200);
        assertEquals("Termboard: Your review of " + label + " in the cycle Final check was reopened: Rate quality "
                + "again.", SmtpServer.await(address(reviewer), 3, x -> true).get(2).subject());

        String president = user("PRESIDENT");
        long term = TaskFixture.plannedTerm(president, "2040-07-01").term();
        as(president).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        as("exec").body(Map.of("reason", "Aim higher.")).post("/api/terms/" + term + "/plan/reject").then()
                .statusCode(200);
        assertEquals("Termboard: The plan of " + label(term) + " was sent back: Aim higher.",
                SmtpServer.await(address(president), 1, x -> true).get(0).subject());
    }

    @Test
    void noAddressOrEmailTurnedOffGivesTheInAppNotificationOnly() throws Exception {
        clock.setToday(LocalDate.of(2045, 6, 10));
        String quiet = user("PRESIDENT");
        as(quiet).body(prefs("en", quiet, false, true)).put("/api/me/preferences").then().statusCode(200);
        String none = Fixtures.president(); // no address
        String told = user("PRESIDENT");
        for (String p : List.of(quiet, none, told)) {
            long t = TaskFixture.approvedTerm(p, "2045-07-01").term();
            assertNotNull(one(p, "PLAN_APPROVED", t));
        }
        SmtpServer.await(address(told), 1, m -> true);
        assertEquals(List.of(), SmtpServer.to(address(quiet)), "e-mail turned off");
        assertTrue(SmtpServer.received().stream().noneMatch(m -> m.to().startsWith(none + "@")));
    }

    @Test
    void aStoppedMailServerLosesNothingAndTheNextRunDelivers() throws Exception {
        clock.setToday(LocalDate.of(2045, 6, 10));
        String president = user("PRESIDENT");
        long term = TaskFixture.plannedTerm(president, "2045-07-01").term();
        as(president).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        double failures = counter("termboard_mail_failures_total");
        SmtpServer.down();
        try {
            as("exec").post("/api/terms/" + term + "/plan/approve").then().statusCode(200);
            assertEquals(false, one(president, "PLAN_APPROVED", term).get("read"), "the in-app one is there");
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (counter("termboard_mail_failures_total") <= failures && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(counter("termboard_mail_failures_total") > failures, "the failed send is counted");
        } finally {
            SmtpServer.up();
        }
        assertEquals(List.of(), SmtpServer.to(address(president)));
        Map<String, Object> run = runReminders();
        assertTrue(((Number) run.get("emails")).intValue() >= 1, run.toString());
        Mail late = SmtpServer.await(address(president), 1, m -> true).get(0);
        assertEquals("Termboard: The plan of " + label(term) + " was approved.", late.subject());
        assertTrue(counter("termboard_mail_sent_total") > 0);
    }

    @Test
    void aServerClosingIdleConnectionsLosesNoEMail() throws Exception {
        clock.setToday(LocalDate.of(2045, 6, 10));
        String president = user("PRESIDENT");
        SmtpServer.dropIdleAfter(500);
        try {
            for (int i = 1; i <= 2; i++) {
                TaskFixture.approvedTerm(president, "2045-07-01");
                SmtpServer.await(address(president), i, m -> true);
                Thread.sleep(1500); // the server has closed every connection by now
            }
        } finally {
            SmtpServer.dropIdleAfter(30_000);
        }
    }

    @Test
    void theJobRunsDailyAtTheConfiguredTimeInTheConfiguredZone() {
        Trigger job = scheduler.getScheduledJob("reminders");
        assertNotNull(job, "scheduled at " + RUNS_AT);
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        ZonedDateTime next = now.toLocalDate().atTime(RUNS_AT).atZone(ZONE);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        Instant fires = job.getNextFireTime();
        assertEquals(next.toInstant(), fires, "next run at " + RUNS_AT + " in " + ZONE);
    }

    private static String user(String role) {
        String name = Fixtures.unique(role.substring(0, 3).toLowerCase());
        Fixtures.admin().body(Map.of("username", name, "displayName", "User " + name, "password", "password1",
                "roles", List.of(role), "email", address(name))).post("/api/users").then().statusCode(201);
        return name;
    }

    private static String address(String user) {
        return user + "@example.org";
    }

    private static Map<String, Object> prefs(String language, String user, boolean email, boolean digest) {
        return Map.of("language", language, "email", address(user), "emailNotifications", email, "digest", digest);
    }

    private static double counter(String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.eE+-]+)$").matcher(Management.metrics());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
