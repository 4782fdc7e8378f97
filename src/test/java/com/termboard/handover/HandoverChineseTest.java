package com.termboard.handover;

import static org.hamcrest.Matchers.containsString;

import com.termboard.handover.HandoverFixture.Made;
import com.termboard.testing.BundleTexts;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import com.termboard.testing.Sessions.Session;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The handover page, its refusals and its flash message in Chinese. */
@QuarkusTest
class HandoverChineseTest {

    @Inject
    MutableClock clock;

    @Test
    void theDemoHandoverReadsInChinese() {
        long ended = HandoverResourceTest.demoTerm("DPBG", "2026 H1");
        String html = Sessions.demo("exec").header("Accept-Language", "zh-CN").get("/terms/" + ended + "/handover")
                .then().statusCode(200).body(containsString("最终数据")).body(containsString("交接说明"))
                .body(containsString("建议与决定")).body(containsString("本任期的最终计分卡"))
                .extract().asString();
        BundleTexts.assertNoEnglish(html, "handover", "msg");
    }

    @Test
    void theOutgoingPresidentIsAnsweredInChinese() {
        Made m = HandoverFixture.make(clock);
        String path = "/terms/" + m.a() + "/handover";
        Session out = Sessions.session(m.outgoing(), "password1");
        clock.setToday(LocalDate.of(2040, 5, 1));
        String early = out.req().header("Accept-Language", "zh-CN").get(path).then().statusCode(200)
                .body(containsString("交接将于 2040年5月31日 开放")).extract().asString();
        BundleTexts.assertNoEnglish(early, "handover", "msg");
        out.form(path).header("Accept-Language", "zh-CN").formParam("note", "Early")
                .filter(Refused.page()).post(path + "/note").then()
                .statusCode(409).body(containsString("交接说明将于 2040年5月31日 开放，即任期结束前 30 天。"));

        clock.setToday(LocalDate.of(2040, 6, 10));
        // A new visit (another login: the refused form is kept for the session that sent it) shows the open form.
        String open = Sessions.session(m.outgoing(), "password1").req().header("Accept-Language", "zh-CN").get(path)
                .then().statusCode(200)
                .body(containsString("保存交接说明")).body(containsString("结转")).extract().asString();
        BundleTexts.assertNoEnglish(open, "handover", "msg");
        out.form(path).header("Accept-Language", "zh-CN").formParam("note", "x".repeat(20001))
                .filter(Refused.page()).post(path + "/note")
                .then().statusCode(422).body(containsString("最多 20000 个字符。"));
        out.form(path).header("Accept-Language", "zh-CN").formParam("note", "Fine").post(path + "/note").then()
                .statusCode(303);
        out.req().header("Accept-Language", "zh-CN").get(path).then().statusCode(200)
                .body(containsString("交接说明已保存。"));
    }
}
