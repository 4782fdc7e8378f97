package com.termboard.user;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each user's own preferences ({@code /me}, {@code GET}/{@code PUT /api/me/preferences}): language, e-mail
 * address, e-mail notifications, digest; and the addresses admins set on {@code /admin} and in {@code POST /api/users}.
 */
@QuarkusTest
class PreferencesTest {

    @Test
    void theApiReadsAndReplacesTheCallersPreferencesAndRefusesBadOnes() {
        String user = Fixtures.president();
        assertEquals(Map.of("language", "en", "emailNotifications", true, "digest", true), withoutNulls(prefs(user)));
        Map<String, Object> chosen = Map.of("language", "zh-CN", "email", " " + user + "@example.org ",
                "emailNotifications", false, "digest", false);
        Fixtures.as(user, "password1").body(chosen).put("/api/me/preferences").then().statusCode(200)
                .body("email", equalTo(user + "@example.org")).body("language", equalTo("zh-CN"));
        Map<String, Object> stored = prefs(user);

        Fixtures.as(user, "password1").body(Map.of("language", "fr", "email", "no-at-sign", "emailNotifications",
                true)).put("/api/me/preferences").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("language", "email", "digest"));
        assertEquals(stored, prefs(user), "a refused change changes nothing");
        Fixtures.as(user, "password1").body("[]").put("/api/me/preferences").then().statusCode(400);
        assertEquals(stored, prefs(user));
    }

    @Test
    void thePageSavesThePreferencesAndSpeaksTheChosenLanguage() {
        String user = Fixtures.president();
        Sessions.Session s = Sessions.session(user, "password1");
        s.req().get("/me").then().statusCode(200).body(containsString("Your preferences"),
                containsString("<option value=\"en\" selected>"), containsString("id=\"email-off\""));
        Response saved = s.form("/me").formParam("language", "zh-CN").formParam("email", user + "@example.org")
                .formParam("emailNotifications", "on").post("/me");
        assertEquals(303, saved.statusCode());
        assertEquals("zh-CN", saved.cookie("termboard-lang"), "the pages switch to the chosen language");
        s.req().cookie("termboard-lang", "zh-CN").get("/me").then().statusCode(200)
                .body(containsString("您的偏好已保存。"), containsString("<option value=\"zh-CN\" selected>"),
                        containsString("value=\"" + user + "@example.org\""));
        assertEquals(Map.of("language", "zh-CN", "email", user + "@example.org", "emailNotifications", true,
                "digest", false), prefs(user), "an unticked box is off");
    }

    @Test
    void aRefusedFormIsShownAgainWithTheMessageBesideTheFieldAndTheInputKept() {
        String user = Fixtures.president();
        Sessions.Session s = Sessions.session(user, "password1");
        Map<String, Object> before = prefs(user);
        String page = s.form("/me").formParam("language", "en").formParam("email", "no-at-sign")
                .formParam("digest", "on").filter(Refused.page()).post("/me").then().statusCode(422).extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("value=\"no-at-sign\""), "the input is kept");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("An e-mail address such as name@example.com."),
                page);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("id=\"digest\" checked"), "the box as it was sent");
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("id=\"emailNotifications\" checked"),
                "the box as it was sent");
        assertEquals(before, prefs(user), "nothing stored");
    }

    @Test
    void adminsSetAddressesInTheApiAndOnTheUsersPage() {
        String name = Fixtures.unique("mail");
        Fixtures.admin().body(Map.of("username", name, "displayName", "Mail " + name, "password", "password1",
                "roles", List.of("REVIEWER"), "email", name + "@example.org")).post("/api/users").then()
                .statusCode(201).body("email", equalTo(name + "@example.org")).body("language", equalTo("en"));
        Fixtures.admin().get("/api/users").then().statusCode(200)
                .body("find { it.username == '" + name + "' }.email", equalTo(name + "@example.org"));

        Sessions.Session admin = Sessions.session("admin", "demo");
        admin.req().get("/admin").then().statusCode(200)
                .body(containsString("value=\"" + name + "@example.org\""));
        admin.form("/admin").formParam("email", "new-" + name + "@example.org").post("/admin/users/" + name
                + "/email").then().statusCode(303);
        Fixtures.admin().get("/api/users").then()
                .body("find { it.username == '" + name + "' }.email", equalTo("new-" + name + "@example.org"));
        String refused = admin.form("/admin").formParam("email", "not an address").filter(Refused.page())
                .post("/admin/users/" + name + "/email").then().statusCode(422).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(refused.contains("value=\"not an address\""), "kept");
        Fixtures.admin().get("/api/users").then()
                .body("find { it.username == '" + name + "' }.email", equalTo("new-" + name + "@example.org"));
        admin.form("/admin").formParam("email", "").post("/admin/users/" + name + "/email").then().statusCode(303);
        Fixtures.admin().get("/api/users").then().body("find { it.username == '" + name + "' }.email", nullValue());
        admin.form("/admin").formParam("email", "x@example.org").post("/admin/users/nobody-at-all/email").then()
                .statusCode(404);
    }

    private static Map<String, Object> prefs(String user) {
        return Fixtures.as(user, "password1").get("/api/me/preferences").then().statusCode(200).extract().jsonPath()
                .getMap("$");
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new java.util.HashMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
