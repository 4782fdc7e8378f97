package com.termboard.group;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.termboard.testing.BundleTexts;
import com.termboard.testing.Fixtures;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import com.termboard.testing.Sessions.Session;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The group pages in Chinese: labels, status names, the gap row, flash and field messages. */
@QuarkusTest
class GroupPagesChineseTest {

    private static final String ZH = "zh-CN";

    @Test
    void aGroupPageSpeaksChineseThroughout() {
        String code = Fixtures.group();
        String p = Fixtures.president();
        Fixtures.admin().body(Map.of("president", p, "startDate", "2045-01-01")).post("/api/groups/" + code + "/terms")
                .then().statusCode(201);
        Fixtures.admin().body(Map.of("president", p, "startDate", "2045-09-01")).post("/api/groups/" + code + "/terms")
                .then().statusCode(201);
        Session admin = Sessions.session("admin", "demo");
        String html = admin.req().header("Accept-Language", ZH).get("/groups/" + code).then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("<h2>业务单元</h2>"))
                .body(containsString("任期 6 个月"))
                .body(containsString("有 1 段空档期无总裁"))
                .body(containsString("空档期：62 天无总裁（2045年7月1日 – 2045年8月31日）"))
                .body(containsString(">未开始</span>"))
                .body(containsString(">草稿</span>"))
                .body(containsString("<h2>生成轮值</h2>"))
                .body(containsString("保存事业群"))
                .body(not(containsString(">PLANNED<"))).body(not(containsString(">DRAFT<")))
                .extract().asString();
        BundleTexts.assertNoEnglish(html, "group", "term");

        // the same page stays English for a browser that asks for nothing else
        admin.req().get("/groups/" + code).then().statusCode(200)
                .body(containsString("Gap: 62 days without a president (2045-07-01 – 2045-08-31)"))
                .body(containsString(">PLANNED</span>")).body(containsString(">DRAFT</span>"));
    }

    @Test
    void formMessagesAndFlashesComeInChinese() {
        String code = Fixtures.group();
        String p = Fixtures.president();
        Session admin = Sessions.session("admin", "demo");
        String page = "/groups/" + code;
        admin.form(page).header("Accept-Language", ZH).formParam("presidents", p + " nobody-here")
                .formParam("startDate", "2046-01-01").formParam("count", "2")
                .filter(Refused.page()).post(page + "/rotation").then().statusCode(422)
                .body(containsString("用户 nobody-here 不存在。"))
                .body(containsString("value=\"" + p + " nobody-here\""));
        admin.form(page).header("Accept-Language", ZH).formParam("president", p).formParam("startDate", "2046-01-01")
                .formParam("endDate", "2045-12-01").filter(Refused.page()).post(page + "/terms").then().statusCode(422)
                .body(containsString("必须晚于开始日期。"));
        admin.form(page).header("Accept-Language", ZH).formParam("president", p).formParam("startDate", "2046-01-01")
                .post(page + "/terms").then().statusCode(303);
        admin.req().header("Accept-Language", ZH).get(page).then().statusCode(200)
                .body(containsString("已添加任期 2046 H1。"));
        admin.form(page).header("Accept-Language", ZH).formParam("president", p).formParam("startDate", "2046-03-01")
                .filter(Refused.page()).post(page + "/terms").then().statusCode(409)
                .body(containsString("任期 2046年3月1日 至 2046年8月31日 与 " + code + " 的第 1 个任期（2046 H1，"
                        + "2046年1月1日 至 2046年6月30日）重叠。"));
    }

    @Test
    void theGroupListSpeaksChinese() {
        String html = Sessions.demo("rev1").header("Accept-Language", ZH).get("/groups").then().statusCode(200)
                .body(containsString("<h1>事业群</h1>"))
                .body(containsString("个业务单元"))
                .body(containsString("现任："))
                .extract().asString();
        BundleTexts.assertNoEnglish(html, "group");
    }
}
