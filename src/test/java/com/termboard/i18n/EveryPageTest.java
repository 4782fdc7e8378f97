package com.termboard.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Sessions;
import com.termboard.testing.Sessions.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every page a user can reach, in English and in Chinese: each role's pages are found by following the links from
 * its dashboard, so a new page is covered once something links to it. A Chinese page may not show an English
 * sentence of any bundle, an English page no Chinese one, and no page a message key.
 */
@QuarkusTest
class EveryPageTest {

    private static final String[] USERS = {"admin", "exec", "lqiao", "rev1"};
    private static final int MAX_PAGES_PER_USER = 120;
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @Test
    void everyReachablePageReadsWhollyInEachLanguage() throws IOException {
        List<String> englishOnly = englishSentences();
        int checked = 0;
        for (String user : USERS) {
            Session session = Sessions.session(user, "demo");
            for (String page : reachablePages(session)) {
                String english = visibleText(fetch(session, page, "en"), page, "en");
                String chinese = visibleText(fetch(session, page, "zh-CN"), page, "zh-CN");
                for (String sentence : englishOnly) {
                    assertFalse(chinese.contains(sentence), user + " " + page + " in Chinese shows \"" + sentence + "\"");
                }
                String withoutSwitcher = english.replace("中文", "");
                Matcher cjk = CJK.matcher(withoutSwitcher);
                if (cjk.find()) {
                    throw new AssertionError(user + " " + page + " in English shows Chinese: "
                            + around(withoutSwitcher, cjk));
                }
                checked += 2;
            }
        }
        assertTrue(checked > 40, "too few pages were reached: " + checked);
    }

    private static String fetch(Session session, String page, String language) {
        Response response = session.req().cookie("termboard-lang", language).get(page);
        assertEquals(200, response.statusCode(), page + " in " + language);
        String html = response.asString();
        assertTrue(html.contains("<html lang=\"" + language + "\">"), page + " is not marked as " + language);
        return html;
    }

    /** Pages reachable by GET links from the dashboard, without leaving the site or acting (log out, downloads). */
    private static Set<String> reachablePages(Session session) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty() && seen.size() < MAX_PAGES_PER_USER) {
            String page = queue.poll();
            if (!seen.add(page)) {
                continue;
            }
            Matcher links = LINK.matcher(session.req().get(page).asString());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (followable(link) && !seen.contains(link)) {
                    queue.add(link);
                }
            }
        }
        return seen;
    }

    private static boolean followable(String link) {
        return !link.startsWith("/lang/") && !link.startsWith("/api") && !link.startsWith("/q/")
                && !link.startsWith("/css/") && !link.startsWith("/js/") && !link.startsWith("/logout")
                && !link.contains(".csv") && !link.contains("format=csv");
    }

    private static String visibleText(String html, String page, String language) {
        assertFalse(html.contains("???"), page + " in " + language + " names a missing message key");
        String text = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ");
    }

    /** English texts of the bundles whose Chinese differs: the longest literal piece of each, if it is a phrase. */
    static List<String> englishSentences() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (Path en : MessageBundlesTest.englishBundles().toList()) {
            Properties english = MessageBundlesTest.load(en);
            Properties chinese = MessageBundlesTest.load(
                    en.resolveSibling(en.getFileName().toString().replace("_en.", "_zh_CN.")));
            for (String key : english.stringPropertyNames()) {
                String value = english.getProperty(key);
                if (value.equals(chinese.getProperty(key))) {
                    continue;
                }
                String longest = "";
                for (String piece : value.split("\\{[^}]*}|<[^>]*>")) {
                    if (piece.trim().length() > longest.length()) {
                        longest = piece.trim();
                    }
                }
                if (longest.length() >= 12 && longest.contains(" ")) {
                    sentences.add(longest);
                }
            }
        }
        return sentences;
    }

    private static String around(String text, Matcher m) {
        return text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40));
    }
}
