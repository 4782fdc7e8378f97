package com.termboard.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.review.ReviewFixtures.TermRef;
import com.termboard.testing.BundleTexts;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cycle pages, the scoring form and the reviewer's desk in Chinese, without an English sentence of theirs. */
@QuarkusTest
class ReviewChineseTest {

    @Inject
    MutableClock clock;

    @Test
    void cyclePagesAndTheScoringFormSpeakChinese() {
        TermRef term = ReviewFixtures.term("DPBG", "ACTIVE");
        LocalDate opens = term.start().plusDays(70);
        long cycle = ReviewFixtures.cycle(term.id(), ReviewFixtures.unique("Mid"), opens, opens.plusDays(10),
                List.of("rev1", "rev2"));
        clock.setToday(opens.plusDays(2));

        Sessions.Session admin = Sessions.session("admin", "demo");
        String cycles = chinese(admin).get("/terms/" + term.id() + "/cycles").then().statusCode(200).extract()
                .asString();
        assertContains(cycles, "<html lang=\"zh-CN\">", "的评审周期", "新建评审周期", "创建周期", "评审人", "进行中");
        assertNoEnglish(cycles, "review");

        String completion = chinese(admin).get("/cycles/" + cycle).then().statusCode(200).extract().asString();
        assertContains(completion, "完成情况", "已提交 0 · 草稿 0 · 未开始 2", "评审窗口 ");
        assertNoEnglish(completion, "review");

        String refused = chinese(admin).get("/cycles/987654321").then().statusCode(404).extract().asString();
        assertContains(refused, "没有评审周期 987654321。");

        Sessions.Session reviewer = Sessions.session("rev1", "demo");
        String form = chinese(reviewer).get("/cycles/" + cycle + "/review").then().statusCode(200).extract()
                .asString();
        assertContains(form, "远低于预期", "符合预期", "卓越", "保存草稿", "提交评审", "我确认这些评分为最终结果", "权重 ");
        assertNoEnglish(form, "review");

        String home = chinese(reviewer).get("/").then().statusCode(200).extract().asString();
        assertContains(home, "我的评审周期", "当前开放", "开始评审", "剩余 8 天");
        assertNoEnglish(home, "home");
    }

    private static RequestSpecification chinese(Sessions.Session session) {
        return session.req().header("Accept-Language", "zh-CN");
    }

    private static void assertContains(String html, String... texts) {
        for (String text : texts) {
            assertTrue(html.contains(text), "the page does not show " + text);
        }
    }

    private static void assertNoEnglish(String html, String bundle) {
        for (String sentence : BundleTexts.englishPhrases(bundle)) {
            assertTrue(!html.contains(sentence), "the Chinese page shows the English \"" + sentence + "\"");
        }
    }
}
