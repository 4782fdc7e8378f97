package com.termboard.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.termboard.testing.BundleTexts;
import com.termboard.testing.Fixtures;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import com.termboard.testing.Sessions.Session;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The plan page and the plan API in Chinese: labels, blockers, flash and field messages, workflow refusals. */
@QuarkusTest
class PlanPageChineseTest {

    private static final String ZH = "zh-CN";

    @Test
    void thePresidentBuildsAPlanInChinese() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2047-01-01");
        Session s = Sessions.session(p, "password1");
        String page = "/terms/" + term + "/plan";
        String empty = s.req().header("Accept-Language", ZH).get(page).then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("计划中还没有目标。"))
                .body(containsString("<h2>添加目标</h2>"))
                .body(containsString(">草稿</span>"))
                .body(containsString("<h2>权重与提交条件</h2>"))
                .extract().asString();
        BundleTexts.assertNoEnglish(empty, "plan", "term");

        s.form(page).header("Accept-Language", ZH).formParam("title", "Grow merchants").formParam("weight", "60")
                .formParam("perspective", "Growth").post(page + "/objectives").then().statusCode(303);
        String withObjective = s.req().header("Accept-Language", ZH).get(page).then().statusCode(200)
                .body(containsString("目标已添加。"))
                .body(containsString("目标权重合计为 60%，而不是 100%。"))
                .body(containsString("目标“Grow merchants”还没有 KPI。"))
                .body(containsString("— 请选择 —"))
                .body(containsString(">添加 KPI</button>"))
                .body(containsString("data-confirm=\"确定删除目标“Grow merchants”及其全部 KPI 吗？删除后无法恢复。\""))
                .extract().asString();
        BundleTexts.assertNoEnglish(withObjective, "plan", "term");

        long o = ((Number) Fixtures.as(p, "password1").get("/api/terms/" + term).then().extract()
                .path("objectives[0].id")).longValue();
        s.form(page).header("Accept-Language", ZH).formParam("metric", "TPV").formParam("baseline", "5")
                .formParam("target", "5").formParam("weight", "100")
                .filter(Refused.page()).post(page + "/objectives/" + o + "/kpis")
                .then().statusCode(422)
                .body(containsString("目标值必须与基线不同。"))
                .body(not(containsString("The target must differ from the baseline.")));
        s.form(page).header("Accept-Language", ZH).formParam("metric", "NOPE").formParam("target", "1.1234567")
                .formParam("weight", "100")
                .filter(Refused.page()).post(page + "/objectives/" + o + "/kpis").then().statusCode(422)
                .body(containsString("指标库中没有指标 NOPE。"))
                .body(containsString("最多 6 位小数。"));
    }

    @Test
    void theApiAndTheWorkflowAnswerInTheRequestLanguage() {
        String p = Fixtures.president();
        long term = Fixtures.term(p, "2048-01-01");
        Fixtures.as(p, "password1").header("Accept-Language", ZH).get("/api/terms/" + term).then().statusCode(200)
                .body("blockers", hasItem("计划中还没有目标。"));
        Fixtures.as(p, "password1").header("Accept-Language", ZH).post("/api/terms/" + term + "/plan/submit")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("计划暂不能提交：计划中还没有目标。"));
        Fixtures.as(p, "password1").header("Accept-Language", ZH).post("/api/terms/" + term + "/plan/approve")
                .then().statusCode(403).body("detail", equalTo("只有高管或管理员可以批准或退回计划。"));
        Fixtures.admin().header("Accept-Language", ZH).post("/api/terms/" + term + "/plan/approve")
                .then().statusCode(409).body("detail", equalTo("处于“草稿”状态的计划不能批准。"));
        Fixtures.admin().post("/api/terms/" + term + "/plan/approve")
                .then().statusCode(409).body("detail", equalTo("A draft plan cannot be approved."));
        Fixtures.as(p, "password1").header("Accept-Language", ZH).delete("/api/kpis/99999999").then()
                .statusCode(404).body("detail", equalTo("KPI 99999999 不存在。"));
    }
}
