package com.termboard.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.termboard.testing.BundleTexts;
import com.termboard.testing.Fixtures;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import com.termboard.testing.Sessions.Session;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The admin pages in Chinese: forms, metric direction and aggregation names, messages, the audit log. */
@QuarkusTest
class AdminPagesChineseTest {

    private static final String ZH = "zh-CN";

    @Test
    void theAdminPageSpeaksChinese() {
        String html = Sessions.demo("admin").header("Accept-Language", ZH).get("/admin").then().statusCode(200)
                .body(containsString("<h1>系统管理</h1>"))
                .body(containsString("<h3>添加用户</h3>"))
                .body(containsString("密码（至少 8 个字符）"))
                .body(containsString("<h2>指标库</h2>"))
                .body(containsString(">越高越好</option>"))
                .body(containsString(">取最新值</option>"))
                .body(not(containsString(">HIGHER_IS_BETTER<")))
                .extract().asString();
        BundleTexts.assertNoEnglish(html, "admin", "metric");
        Sessions.demo("admin").get("/admin").then().statusCode(200)
                .body(containsString("<h1>Administration</h1>")).body(containsString(">HIGHER_IS_BETTER</option>"));
    }

    @Test
    void refusedFormsAndFlashesSpeakChinese() {
        Session admin = Sessions.session("admin", "demo");
        admin.form("/admin").header("Accept-Language", ZH).formParam("code", "bad code").formParam("name", "X")
                .formParam("unit", "%").formParam("direction", "SIDEWAYS").formParam("aggregation", "LATEST")
                .filter(Refused.page()).post("/admin/metrics").then().statusCode(422)
                .body(containsString("只能使用大写字母、数字、短横线和下划线，例如 TPV。"))
                .body(containsString("请选择 HIGHER_IS_BETTER（越高越好）或 LOWER_IS_BETTER（越低越好）。"));
        admin.form("/admin").header("Accept-Language", ZH).formParam("code", "DPBG").formParam("name", "Again")
                .formParam("termMonths", "6").filter(Refused.page()).post("/admin/groups").then().statusCode(409)
                .body(containsString("代码为 DPBG 的事业群已存在。"));
        String code = Fixtures.unique("G");
        admin.form("/admin").header("Accept-Language", ZH).formParam("code", code).formParam("name", "Group " + code)
                .formParam("termMonths", "6").formParam("units", "A\nB\nA")
                .filter(Refused.page()).post("/admin/groups").then()
                .statusCode(422).body(containsString("每个业务单元的名称不能重复。"));
        admin.form("/admin").header("Accept-Language", ZH).formParam("code", code).formParam("name", "Group " + code)
                .formParam("termMonths", "6").post("/admin/groups").then().statusCode(303);
        admin.req().header("Accept-Language", ZH).get("/admin").then().statusCode(200)
                .body(containsString("事业群已创建。"));
    }

    @Test
    void theAuditLogAndTheDashboardSectionSpeakChinese() {
        String html = Sessions.demo("admin").header("Accept-Language", ZH).get("/admin/audit?entity=NoSuchThing")
                .then().statusCode(200)
                .body(containsString("<h1>审计日志"))
                .body(containsString("<th>操作人</th>"))
                .body(containsString("暂无记录。"))
                .extract().asString();
        BundleTexts.assertNoEnglish(html, "admin");
        Sessions.demo("admin").header("Accept-Language", ZH).get("/").then().statusCode(200)
                .body(containsString("<h2>系统管理</h2>")).body(containsString(">任期与轮值</a>"));
    }
}
