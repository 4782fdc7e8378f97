package com.termboard.i18n;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The language follows Accept-Language, the header switcher's cookie overrides it, and errors speak it too. */
@QuarkusTest
class LanguageTest {

    @Test
    void englishByDefaultAndChineseWhenTheBrowserAsksForIt() {
        given().get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("Log in to Termboard"));
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">")).body(containsString("登录 Termboard"))
                .body(not(containsString("Log in to Termboard")));
        given().header("Accept-Language", "fr-FR,de;q=0.9").get("/login").then()
                .body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "zh-TW").get("/login").then()
                .body(containsString("<html lang=\"zh-CN\">"));
        for (String malformed : new String[] {"%%%;q=x", "en;q=", ";;;", "zh-CN;q=1e999999"}) {
            given().header("Accept-Language", malformed).get("/login").then().statusCode(200)
                    .body(containsString("<html lang=\"en\">"));
            given().header("Accept-Language", malformed).auth().preemptive().basic("admin", "demo")
                    .get("/api/terms/987654321").then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void theSwitcherRemembersTheChoiceInACookieThatOverridesTheBrowser() {
        given().redirects().follow(false).get("/lang/zh-CN?back=/login").then().statusCode(303)
                .header("Location", endsWith("/login")).cookie("termboard-lang", equalTo("zh-CN"));
        given().cookie("termboard-lang", "zh-CN").header("Accept-Language", "en").get("/login").then()
                .body(containsString("<html lang=\"zh-CN\">")).body(containsString("登录 Termboard"));
        given().cookie("termboard-lang", "en").header("Accept-Language", "zh-CN").get("/login").then()
                .body(containsString("<html lang=\"en\">")).body(containsString("Log in to Termboard"));
        given().cookie("termboard-lang", "xx").header("Accept-Language", "zh-CN").get("/login").then()
                .body(containsString("<html lang=\"zh-CN\">"));
    }

    @Test
    void theSwitcherNeverRedirectsOffSite() {
        for (String back : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", ""}) {
            given().redirects().follow(false).queryParam("back", back).get("/lang/en").then().statusCode(303)
                    .header("Location", not(containsString("evil")));
        }
        given().redirects().follow(false).get("/lang/fr").then().statusCode(404);
    }

    @Test
    void theHeaderOffersBothLanguagesOnEveryPage() {
        given().get("/login").then()
                .body(containsString("href=\"/lang/zh-CN?back=%2Flogin\""))
                .body(containsString("href=\"/lang/en?back=%2Flogin\""));
    }

    @Test
    void problemTitlesSpeakTheRequestLanguage() {
        given().auth().preemptive().basic("admin", "demo").header("Accept-Language", "zh-CN")
                .get("/api/terms/987654321").then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("未找到"));
        given().auth().preemptive().basic("admin", "demo").get("/api/terms/987654321").then().statusCode(404)
                .body("title", equalTo("Not found"));
        given().auth().preemptive().basic("admin", "wrong-password").header("Accept-Language", "zh-CN")
                .get("/api/groups").then().statusCode(401).body("title", equalTo("未登录"));
    }
}
