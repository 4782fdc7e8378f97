package com.termboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows scripts and styles only from our own files: no template or static page may
 * hold an inline script, an event-handler attribute, a javascript: URL or inline styles (the browser would
 * refuse them silently).
 */
class TemplateSafetyTest {

    static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    static final Pattern HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript\\s*:", Pattern.CASE_INSENSITIVE);
    static final Pattern INLINE_STYLE = Pattern.compile("<style\\b|<[^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptHandlersJavascriptUrlsOrInlineStyles() throws IOException {
        List<Path> pages = pages();
        assertTrue(pages.size() > 20, "templates found: " + pages.size());
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            Matcher script = SCRIPT.matcher(html);
            while (script.find()) {
                if (!script.group(2).isBlank() || !script.group(1).matches("(?is).*\\ssrc\\s*=\\s*\"/[^\"]+\".*")) {
                    problems.add(page + ": inline script " + script.group());
                }
            }
            if (HANDLER.matcher(html).find()) {
                problems.add(page + ": event-handler attribute");
            }
            if (JAVASCRIPT_URL.matcher(html).find()) {
                problems.add(page + ": javascript: URL");
            }
            if (INLINE_STYLE.matcher(html).find()) {
                problems.add(page + ": inline style");
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Every POST form goes through tags/postForm, which adds the CSRF token; only the login form, which has no
     * session to bind a token to yet (session/CsrfCheck checks its origin instead), is written out.
     */
    @Test
    void everyPostFormComesFromTheFormTag() throws IOException {
        Pattern post = Pattern.compile("<form\\b[^>]*\\bmethod=\"post\"[^>]*>", Pattern.CASE_INSENSITIVE);
        List<String> written = new ArrayList<>();
        int tagged = 0;
        for (Path page : pages()) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            tagged += html.split("\\{#postForm ", -1).length - 1;
            Matcher form = post.matcher(html);
            while (form.find()) {
                if (!page.endsWith(Path.of("tags/postForm.html")) && !form.group().contains("/j_security_check")) {
                    written.add(page + ": " + form.group());
                }
            }
        }
        assertEquals(List.of(), written);
        assertTrue(tagged >= 25, "forms through the tag: " + tagged);
    }

    @Test
    void theCheckRecognisesWhatItForbids() {
        assertTrue(SCRIPT.matcher("<script>alert(1)</script>").find());
        assertTrue(HANDLER.matcher("<img src=x onerror=\"alert(1)\">").find());
        assertTrue(HANDLER.matcher("<button\n  onclick='go()'>").find());
        assertTrue(JAVASCRIPT_URL.matcher("<a href=\"JavaScript:go()\">").find());
        assertTrue(INLINE_STYLE.matcher("<p style=\"color:red\">").find());
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/resources/templates"), Path.of("src/main/resources/META-INF"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".txt"))
                        .forEach(pages::add);
            }
        }
        return pages;
    }
}
