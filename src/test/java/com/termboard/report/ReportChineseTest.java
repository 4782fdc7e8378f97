package com.termboard.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.scorecard.Scenario;
import com.termboard.testing.BundleTexts;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report pages, their charts and CSV headers, and the executive dashboard, in Chinese. */
@QuarkusTest
class ReportChineseTest {

    static Scenario s;

    @BeforeAll
    static void build() {
        s = Scenario.build();
    }

    static RequestSpecification chinese() {
        return Sessions.demo("exec").header("Accept-Language", "zh-CN");
    }

    @Test
    void everyReportPageReadsInChinese() {
        String index = chinese().get("/reports").then().statusCode(200)
                .body(containsString("事业群历史")).body(containsString("请选择两到六个任期")).extract().asString();
        BundleTexts.assertNoEnglish(index, "report", "msg");

        String group = chinese().get("/reports/groups/" + s.group).then().statusCode(200)
                .body(containsString("得分趋势")).body(containsString("<title>" + s.group + " 各任期得分，由早到晚</title>"))
                .body(containsString("得分 (%)")).body(containsString("综合得分")).body(containsString("已结束"))
                .extract().asString();
        BundleTexts.assertNoEnglish(group, "report", "score", "msg");

        String compare = chinese().get("/reports/compare?terms=" + s.termId + "," + s.previousTermId).then()
                .statusCode(200).body(containsString("对比 2 个任期")).body(containsString("未衡量"))
                .body(containsString("差值为各任期的数值减去基准任期（")).extract().asString();
        BundleTexts.assertNoEnglish(compare, "report", "msg");

        String president = chinese().get("/reports/presidents/" + s.president).then().statusCode(200)
                .body(containsString("跨事业群的任期")).extract().asString();
        BundleTexts.assertNoEnglish(president, "report", "score", "msg");

        String reviewers = chinese().get("/reports/reviewers").then().statusCode(200)
                .body(containsString("评审人宽严度")).body(containsString("终期")).extract().asString();
        BundleTexts.assertNoEnglish(reviewers, "report", "msg");
    }

    @Test
    void theExecutiveDashboardSectionsReadInChinese() {
        String home = chinese().get("/").then().statusCode(200).body(containsString("当前任期"))
                .body(containsString("各事业群最近完成的交接")).extract().asString();
        BundleTexts.assertNoEnglish(home, "report", "handover");
    }

    @Test
    void csvHeadersAndRefusalsFollowTheLanguage() {
        String csv = chinese().get("/reports/groups/" + s.group + ".csv").then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("\uFEFF行类型,任期编号,事业群,任期名称,总裁,指标,"), csv);
        Sessions.basic("exec").header("Accept-Language", "zh-CN").get("/api/reports/compare?terms=1").then()
                .statusCode(400).body("errors[0].message", equalTo("请选择 2 到 6 个任期；当前为 1 个。"));
        Sessions.demo("lqiao").header("Accept-Language", "zh-CN").get("/reports").then().statusCode(403)
                .body(containsString("报表仅供高管和管理员查看。"));
        Sessions.basic("exec").header("Accept-Language", "zh-CN").get("/api/reports/groups/NOPE").then()
                .statusCode(404).body("title", equalTo("未找到")).body("detail", equalTo("没有代码为 NOPE 的事业群。"));
    }
}
