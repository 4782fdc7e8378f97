package com.termboard.user;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /api/users}: admins only; every field checked; passwords never leave the server. */
@QuarkusTest
class UserApiTest {

    @Test
    void adminListsUsersWithoutPasswords() {
        Sessions.basic("admin").get("/api/users").then().statusCode(200)
                .body("username", hasItems("admin", "exec", "rev1", "lqiao"))
                .body(not(containsString("password")))
                .body(not(containsString("$2a$")));
    }

    @Test
    void adminCreatesAUserWhoCanThenLogIn() {
        String name = "newuser" + System.nanoTime() % 100000;
        Sessions.basic("admin").contentType("application/json")
                .body(Map.of("username", name, "displayName", "New User", "password", "s3cret-pass",
                        "roles", List.of("REVIEWER")))
                .post("/api/users").then().statusCode(201)
                .header("Location", containsString("/api/users/"))
                .body("id", notNullValue()).body("username", equalTo(name)).body("roles", hasItem("REVIEWER"))
                .body(not(containsString("s3cret")));
        io.restassured.RestAssured.given().auth().preemptive().basic(name, "s3cret-pass")
                .get("/api/groups").then().statusCode(200);
    }

    @Test
    void invalidFieldsAre400WithFieldErrors() {
        Sessions.basic("admin").contentType("application/json")
                .body(Map.of("username", "Bad Name!", "displayName", "", "password", "short", "roles", List.of("KING")))
                .post("/api/users").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("username", "displayName", "password", "roles"));
    }

    @Test
    void malformedJsonIs400() {
        Sessions.basic("admin").contentType("application/json").body("{\"username\": ")
                .post("/api/users").then().statusCode(400).contentType("application/problem+json");
        Sessions.basic("admin").contentType("application/json").body("{\"roles\": \"ADMIN\", \"username\": 5}")
                .post("/api/users").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void duplicateUsernameIs409() {
        Sessions.basic("admin").contentType("application/json")
                .body(Map.of("username", "exec", "displayName", "Again", "password", "long-enough",
                        "roles", List.of("EXECUTIVE")))
                .post("/api/users").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("exec"));
    }

    @Test
    void nonAdminsAreRefused() {
        for (String who : List.of("exec", "rev1", "lqiao")) {
            Sessions.basic(who).get("/api/users").then().statusCode(403).contentType("application/problem+json");
            Sessions.basic(who).contentType("application/json")
                    .body(Map.of("username", "x" + who, "displayName", "X", "password", "long-enough",
                            "roles", List.of("ADMIN")))
                    .post("/api/users").then().statusCode(403);
        }
    }
}
