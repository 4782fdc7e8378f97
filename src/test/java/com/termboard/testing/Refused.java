package com.termboard.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page form that is refused, as a browser sees it: the POST answers 303 back to the page (post/redirect/get),
 * and the answer the test checks is that page's GET, with the same cookies and language. A reload of the page
 * must answer the same status and show the same kept form. Add it to a form POST that the page refuses:
 * {@code s.form(page).formParam(…).filter(Refused.page()).post(…).then().statusCode(422)}.
 */
public final class Refused implements Filter {

    private static final Pattern SUMMARY = Pattern.compile("(?s)<div class=\"error-summary\".*?</div>");
    private static final Pattern LINK = Pattern.compile("href=\"#([^\"]+)\"");
    private static final Pattern INVALID = Pattern.compile(
            "<(?:input|select|textarea)\\s+id=\"([^\"]+)\"[^>]*\\saria-invalid=\"true\"");

    private Refused() {
    }

    public static Refused page() {
        return new Refused();
    }

    /**
     * For sweeps over many forms: a 303 is followed once to the page it names, as a browser would; any other answer
     * (a 403, a 404) is what the test sees.
     */
    public static Filter followed() {
        return (request, response, ctx) -> {
            Response post = ctx.next(request, response);
            String location = post.header("Location");
            return post.statusCode() == 303 && location != null ? get(request, location) : post;
        };
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext ctx) {
        Response post = ctx.next(request, response);
        assertEquals(303, post.statusCode(), () -> "a refused form redirects to its page: " + post.asString());
        String location = post.header("Location");
        assertNotNull(location, "the refused form's redirect has a Location");
        assertTrue(!location.contains("/j_security_check") && !location.contains("/login"), location);
        Response shown = get(request, location);
        Response reloaded = get(request, location);
        assertEquals(shown.statusCode(), reloaded.statusCode(), "a reload shows the refused form again");
        assertEquals(keptPart(shown.asString()), keptPart(reloaded.asString()),
                "a reload shows the same kept form");
        summaryLinksReachTheirFields(shown.asString());
        return shown;
    }

    /** Every link of the error summary points at a field the page has, and every field marked invalid has one. */
    public static void summaryLinksReachTheirFields(String html) {
        Matcher summary = SUMMARY.matcher(html);
        if (!summary.find()) {
            return;
        }
        Matcher link = LINK.matcher(summary.group());
        while (link.find()) {
            String id = link.group(1);
            assertTrue(html.contains(" id=\"" + id + "\""), () -> "the summary links to #" + id + ": " + html);
        }
        Matcher invalid = INVALID.matcher(html);
        while (invalid.find()) {
            String id = invalid.group(1);
            assertTrue(summary.group().contains("href=\"#" + id + "\""),
                    () -> "the summary links to the invalid field #" + id + ": " + summary.group());
        }
    }

    private static Response get(FilterableRequestSpecification post, String location) {
        RequestSpecification get = given().redirects().follow(false).cookies(post.getCookies());
        for (Header h : post.getHeaders()) {
            if (h.getName().equalsIgnoreCase("Accept-Language") || h.getName().equalsIgnoreCase("Authorization")) {
                get.header(h.getName(), h.getValue());
            }
        }
        return get.get(location);
    }

    /** The page without its flash message area, which only the first GET may show. */
    private static String keptPart(String html) {
        return html.replaceAll("(?s)<div class=\"flash\".*?</div>", "");
    }
}
