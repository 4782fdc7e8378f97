package com.termboard.scorecard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.BundleTexts;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scorecard and its CSV in Chinese, for a browser that asks for it. */
@QuarkusTest
class ScorecardChineseTest {

    static Scenario s;

    @BeforeAll
    static void build() {
        s = Scenario.build();
    }

    @Test
    void theScorecardReadsInChinese() {
        String html = Sessions.demo("exec").header("Accept-Language", "zh-CN").get("/terms/" + s.termId).then()
                .statusCode(200).body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("综合得分")).body(containsString("KPI 得分")).body(containsString("目标与 KPI"))
                .body(containsString("已结束"))                        // the term's status
                .body(containsString("计划：已批准"))                  // the plan's status
                .body(containsString("进度落后")).body(containsString("意见分歧"))
                .body(containsString("2026年6月30日"))                 // dates as Chinese writes them
                .body(containsString("97.2%"))
                .body(containsString("<title>SCT-MERCHANTS 的进度：共 3 次录入"))
                .body(containsString("scorecard.csv?asOf=2026-06-30"))  // the link keeps the ISO date
                .extract().asString();
        BundleTexts.assertNoEnglish(html, "score", "msg");
    }

    @Test
    void theCsvHeaderIsInChineseWithAByteOrderMarkForExcel() {
        String csv = Sessions.demo("exec").header("Accept-Language", "zh-CN")
                .get("/terms/" + s.termId + "/scorecard.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asString();
        assertTrue(csv.startsWith("\uFEFF层级,编号,目标编号,名称,权重,"), csv);
        assertTrue(csv.contains("\nterm," + s.termId + ","), "the cells stay codes and unrounded numbers: " + csv);
    }

    @Test
    void refusalsSpeakChinese() {
        Sessions.basic("exec").header("Accept-Language", "zh-CN").get("/api/terms/" + s.termId + "/scorecard?asOf=x")
                .then().statusCode(400).body("errors[0].message", org.hamcrest.Matchers.equalTo("请按 yyyy-MM-dd 格式输入日期。"));
    }

    @Test
    void everyCsvHeaderHasAsManyColumnsInChineseAsInEnglish() {
        for (String[] bundleKey : new String[][] {{"score", "csv_header"}, {"report", "csv_terms_header"},
            {"report", "csv_metrics_header"}, {"report", "csv_reviewers_header"}}) {
            String en = BundleTexts.load(bundleKey[0], "en").getProperty(bundleKey[1]);
            String zh = BundleTexts.load(bundleKey[0], "zh_CN").getProperty(bundleKey[1]);
            assertEquals(en.split(",", -1).length, zh.split(",", -1).length, bundleKey[1]);
        }
    }
}
