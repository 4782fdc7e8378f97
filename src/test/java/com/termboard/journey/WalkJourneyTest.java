package com.termboard.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.metric.Aggregation;
import com.termboard.metric.Direction;
import com.termboard.plan.Kpi;
import com.termboard.progress.ProgressEntry;
import com.termboard.progress.ProgressFixture;
import com.termboard.term.PlanStatus;
import com.termboard.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Walks every page reachable by link from each role's dashboard, on a desktop (1400 px) and a phone (390 px), and
 * checks what a reader would see broken on the rendered page: a document wider than the window, a table cell not
 * under its own heading, a number with five or more decimals, or a link that leads to an error page. Screenshots are
 * kept under target/walk/&lt;role&gt;/&lt;width&gt;/.
 */
@QuarkusTest
class WalkJourneyTest {

    /** Pages visited per role and width; a page pattern (ids replaced) is visited once. */
    private static final int PAGES_PER_ROLE = 30;
    private static final int[] WIDTHS = {1400, 390};

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyPageReachableFromEachDashboardFitsAndReadsRight() {
        String president = presidentWithAnUnroundedAverage();
        List<String> faults = new ArrayList<>();
        for (String role : List.of("admin", "exec", "rev1", "lqiao", president)) {
            try (Browser browser = new Browser(base.toString())) {
                browser.login(role, "demo");
                String home = path(browser.driver.getCurrentUrl());
                for (int width : WIDTHS) {
                    browser.width(width);
                    walk(browser, role, width, home, faults);
                }
            }
        }
        assertEquals("", String.join("\n", faults), faults.size() + " faults on the walked pages");
    }

    private void walk(Browser browser, String role, int width, String home, List<String> faults) {
        Map<String, String> toVisit = new LinkedHashMap<>();
        toVisit.put(pattern(home), home);
        List<String> seen = new ArrayList<>();
        int n = 0;
        while (!toVisit.isEmpty() && n < PAGES_PER_ROLE) {
            String key = toVisit.keySet().iterator().next();
            String page = toVisit.remove(key);
            seen.add(key);
            browser.open(page);
            n++;
            String where = role + " " + width + " px " + page + ": ";
            screenshot(browser, role, width, n, page);
            for (String fault : checks(browser)) {
                faults.add(where + fault);
            }
            for (String link : links(browser)) {
                String p = pattern(link);
                if (!seen.contains(p) && !toVisit.containsKey(p) && siblings(seen, toVisit, p) < SIBLINGS) {
                    toVisit.put(p, link);
                }
            }
        }
    }

    /** Pages under one fixed parent path (e.g. one report per president) visited at most this many times. */
    private static final int SIBLINGS = 3;

    private static long siblings(List<String> seen, Map<String, String> toVisit, String p) {
        int slash = p.lastIndexOf('/', p.indexOf('?') < 0 ? p.length() : p.indexOf('?'));
        if (slash <= 0) {
            return 0;
        }
        String parent = p.substring(0, slash + 1);
        if (parent.contains("{")) {
            return 0;
        }
        return java.util.stream.Stream.concat(seen.stream(), toVisit.keySet().stream())
                .filter(k -> k.startsWith(parent) && k.indexOf('/', parent.length()) < 0).count();
    }

    /** A page's shape: numbers and term labels in the path replaced, the query's keys kept (not their values). */
    static String pattern(String path) {
        int q = path.indexOf('?');
        String p = (q < 0 ? path : path.substring(0, q)).replaceAll("/\\d+(?=/|$)", "/{id}")
                .replaceAll("/[A-Z][A-Z0-9]+(?=/|$)", "/{code}")
                .replaceAll("/(presidents|groups|users)/[^/]+", "/$1/{key}");
        String query = q < 0 ? "" : "?" + path.substring(q + 1).replaceAll("=[^&]*", "");
        return p + query;
    }

    private static String path(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(Browser browser) {
        return (List<String>) browser.driver.executeScript("""
                return [...document.querySelectorAll('a[href]')]
                  .map(a => new URL(a.href, location.href))
                  .filter(u => u.origin === location.origin && (u.protocol === 'http:' || u.protocol === 'https:'))
                  .filter(u => !/logout|\\.csv|export|download/i.test(u.pathname + u.search))
                  .map(u => u.pathname + u.search);
                """);
    }

    /** The four properties, checked by script in the rendered page; each fault names the element. */
    @SuppressWarnings("unchecked")
    private static List<String> checks(Browser browser) {
        List<String> faults = new ArrayList<>(browser.misplacedCells());
        faults.addAll((List<String>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const faults = [];
                const status = performance.getEntriesByType('navigation')[0];
                if (status && status.responseStatus >= 400) faults.push('answered ' + status.responseStatus);
                const text = document.body.innerText;
                const long = text.match(/\\d+[.,]\\d{5,}/g);
                if (long) faults.push('numbers with more than four decimals: ' + [...new Set(long)].join(', '));
                for (const e of document.querySelectorAll('[data-value],[value],[title]')) {
                  for (const name of ['data-value', 'value', 'title']) {
                    const v = e.getAttribute(name);
                    if (v && e.type !== 'hidden' && /\\d+[.,]\\d{5,}/.test(v)) {
                      faults.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + name + '="' + v + '"');
                    }
                  }
                }
                const links = [...new Set([...document.querySelectorAll('a[href]')].map(a => new URL(a.href))
                  .filter(u => u.origin === location.origin && !/logout/i.test(u.pathname))
                  .map(u => u.pathname + u.search))];
                Promise.all(links.map(l => fetch(l, {redirect: 'follow', credentials: 'same-origin'})
                    .then(r => { if (r.status >= 400) faults.push('link ' + l + ' answers ' + r.status); })
                    .catch(e => faults.push('link ' + l + ' failed: ' + e))))
                  .then(() => done(faults));
                """));
        return faults;
    }

    private static void screenshot(Browser browser, String role, int width, int n, String page) {
        String name = page.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        Path file = Path.of("target", "walk", role, Integer.toString(width),
                n + "-" + (name.isEmpty() ? "home" : name) + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, browser.png());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A president whose average KPI has three entries averaging 98.9666…, which only a formatter rounds. */
    private static String presidentWithAnUnroundedAverage() {
        ProgressFixture.Made t = ProgressFixture.term(PlanStatus.APPROVED,
                new ProgressFixture.K(Direction.HIGHER_IS_BETTER, Aggregation.AVERAGE, "90", "100", 60),
                new ProgressFixture.K(Direction.HIGHER_IS_BETTER, Aggregation.SUM, null, "3", 40));
        QuarkusTransaction.requiringNew().run(() -> {
            Kpi kpi = Kpi.findById(t.kpis().get(0));
            User user = User.find("username", t.president()).firstResult();
            String[] values = {"98.1", "99.2", "99.6"};
            for (int i = 0; i < values.length; i++) {
                ProgressEntry e = new ProgressEntry();
                e.kpi = kpi;
                e.asOf = java.time.LocalDate.of(2030, 1, 10 + i);
                e.value = new BigDecimal(values[i]);
                e.enteredBy = user;
                e.enteredAt = Instant.now();
                e.persist();
            }
        });
        return t.president();
    }
}
