package com.termboard.progress;

import static com.termboard.metric.Aggregation.LATEST;
import static com.termboard.metric.Aggregation.SUM;
import static com.termboard.metric.Direction.HIGHER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.progress.ProgressFixture.K;
import com.termboard.progress.ProgressFixture.Made;
import com.termboard.term.PlanStatus;
import com.termboard.testing.BundleTexts;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import com.termboard.testing.TestDay.Today;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A president whose browser asks for Chinese sees the progress page and their desk in Chinese, without English. */
@QuarkusTest
@Today("2030-03-31")
class ProgressChineseTest {

    @Test
    void theProgressPageAndTheDeskSpeakChinese() {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, LATEST, "100", "200", 60),
                new K(HIGHER_IS_BETTER, SUM, null, "1000", 40));
        Sessions.Session president = Sessions.session(t.president(), "demo");

        String page = chinese(president).get("/terms/" + t.termId() + "/progress").then().statusCode(200)
                .extract().asString();
        assertContains(page, "<html lang=\"zh-CN\">", "进度 · ", "导入 CSV 文件", "保存记录", "历史记录", "尚无记录。",
                "目标值", "达成率", "进行中", "已批准", "2030年1月1日");
        assertNoEnglish(page, "progress");

        String home = chinese(president).get("/").then().statusCode(200).extract().asString();
        assertContains(home, "您当前的任期", "剩余 91 天", "录入进度", "最近 30 天无录入", "我的任期", "（尚无录入）");
        assertNoEnglish(home, "home");

        // A refusal written in Java speaks the page's language too.
        String refused = chinese(Sessions.session("exec", "demo")).get("/terms/" + t.termId() + "/progress").then()
                .statusCode(200).extract().asString();
        assertContains(refused, "只有本任期的总裁或管理员可以录入进度");
        assertNoEnglish(refused, "progress");
    }

    @Test
    void csvRowsFlashMessagesAndFieldErrorsSpeakChinese() {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, LATEST, "100", "200", 100));
        Sessions.Session president = Sessions.session(t.president(), "demo");
        String page = "/terms/" + t.termId() + "/progress";
        Map<String, String> hidden = ProgressFixture.hidden(chinese(president).get(page).then().statusCode(200)
                .extract().asString());
        String csv = "metric,asOf,value,comment\n" + t.codes().get(0) + ",2030-02-30,abc,bad\nNOPE,2030-03-01,5,x\n";
        String refused = chinese(president).multiPart("csrf-token", hidden.get("csrf-token"))
                .multiPart("file", "progress.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .filter(Refused.page()).post(page + "/import").then().statusCode(422).extract().asString();
        assertContains(refused, "未导入任何内容：请修正下列各行后重新上传文件。", "第 2 行（" + t.codes().get(0) + "）, asOf: 不是 yyyy-MM-dd 格式的日期。",
                "第 2 行（" + t.codes().get(0) + "）, value: 不是数字。", "第 3 行（NOPE）, metric: 本任期没有衡量 NOPE 的 KPI。");
        assertNoEnglish(refused, "progress");

        long kpi = t.kpis().get(0);
        String invalid = chinese(president).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", hidden.get("csrf-token"))
                .formParam("idempotency-token", hidden.get("idempotency-token"))
                .formParam("asOf-" + kpi, "2031-01-01").formParam("value-" + kpi, "twelve")
                .filter(Refused.page()).post(page).then().statusCode(422).extract().asString();
        assertContains(invalid, "不是数字；请使用数字和小数点。");

        chinese(president).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", hidden.get("csrf-token"))
                .formParam("idempotency-token", hidden.get("idempotency-token"))
                .formParam("asOf-" + kpi, "2030-03-15").formParam("value-" + kpi, "150")
                .post(page).then().statusCode(303);
        String saved = chinese(president).get(page).then().statusCode(200).extract().asString();
        assertContains(saved, "已保存 1 条记录。", "2030年3月15日", "href=\"" + page + "?correct=", ">更正</a>");
        assertNoEnglish(saved, "progress");
    }

    private static RequestSpecification chinese(Sessions.Session session) {
        return session.req().header("Accept-Language", "zh-CN,zh;q=0.9");
    }

    static void assertContains(String html, String... texts) {
        for (String text : texts) {
            assertTrue(html.contains(text), "the page does not show " + text);
        }
    }

    static void assertNoEnglish(String html, String bundle) {
        List<String> english = BundleTexts.englishPhrases(bundle);
        assertTrue(english.size() > 10, "too few English texts found in " + bundle);
        for (String sentence : english) {
            assertTrue(!html.contains(sentence), "the Chinese page shows the English \"" + sentence + "\"");
        }
    }
}
