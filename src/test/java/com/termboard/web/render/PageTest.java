package com.termboard.web.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.ValueResolvers;
import io.quarkus.qute.Variant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page with kept parts spliced in as their kept bytes is byte for byte the page rendered into one text and encoded,
 * in any script, wherever the parts stand, and only parts inserted as they are ({@code raw}) are spliced.
 */
class PageTest {

    private final Engine engine = Engine.builder().addDefaults().addValueResolver(ValueResolvers.rawResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).strictRendering(true).build();

    private Template html(String content) {
        return engine.parse(content, Variant.forContentType(Variant.TEXT_HTML));
    }

    private static byte[] plain(Template template, Object... data) {
        return instance(template, data).render().getBytes(StandardCharsets.UTF_8);
    }

    private static io.quarkus.qute.TemplateInstance instance(Template template, Object... data) {
        io.quarkus.qute.TemplateInstance instance = template.instance();
        for (int i = 0; i < data.length; i += 2) {
            instance.data((String) data[i], data[i + 1]);
        }
        return instance;
    }

    @Test
    void splicedPartsGiveTheBytesOfThePlainRendering() {
        Template layout = html("<title>{title} · Termboard</title><p>中文 — ▦</p>{body.raw}<footer>{tail}</footer>");
        Part body = new Part("<section><h2>Gap — 12 days</h2><td>1–5</td><td>各任期指标达成率</td></section>");
        Object[] data = {"title", "A & B <c>", "body", body, "tail", "x\u00e9y"};
        Page page = Page.render(instance(layout, data), body);
        assertArrayEquals(plain(layout, data), page.utf8());
        assertEquals(1, page.spliced());
        assertEquals("<title>A &amp; B &lt;c&gt; · Termboard</title><p>中文 — ▦</p>" + body
                + "<footer>x\u00e9y</footer>", new String(page.utf8(), StandardCharsets.UTF_8));
    }

    @Test
    void partsAtTheEdgesTwiceOrAbsent() {
        Template both = html("{a.raw}{a.raw}<hr>{#if b}{b.raw}{/if}");
        Part a = new Part("<p>ä</p>");
        Part b = new Part("<p>b</p>");
        Page twice = Page.render(instance(both, "a", a, "b", b), a, b);
        assertArrayEquals(plain(both, "a", a, "b", b), twice.utf8());
        assertEquals(3, twice.spliced());
        Page withoutB = Page.render(instance(both, "a", a, "b", null), a, null);
        assertArrayEquals("<p>ä</p><p>ä</p><hr>".getBytes(StandardCharsets.UTF_8), withoutB.utf8());
        assertEquals(2, withoutB.spliced());
    }

    @Test
    void aPartInsertedEscapedIsTextLikeAnyOther() {
        Template escaped = html("<div>{body}</div>");
        Part body = new Part("<b>bold</b>");
        Page page = Page.render(instance(escaped, "body", body), body);
        assertEquals("<div>&lt;b&gt;bold&lt;/b&gt;</div>", new String(page.utf8(), StandardCharsets.UTF_8));
        assertEquals(0, page.spliced());
        // A text equal to a part's, but not the part's own, is not taken for it.
        Template raw = html("{s.raw}");
        Page copy = Page.render(instance(raw, "s", new String("<i>x</i>")), new Part("<i>x</i>"));
        assertEquals("<i>x</i>", new String(copy.utf8(), StandardCharsets.UTF_8));
        assertEquals(0, copy.spliced());
    }

    @Test
    void aFailingTemplateFailsWithItsOwnError() {
        Template broken = html("<p>{missing.name}</p>");
        assertThrows(TemplateException.class, () -> Page.render(broken.instance()));
    }
}
