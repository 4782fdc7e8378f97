package com.termboard.web.forms;

import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.StaleStateException;

/**
 * Post/redirect/get for every page form, success or refusal. A change that succeeds answers 303 to the page with a
 * flash message. One refused with 400 or 409 stores nothing of the change, keeps the form as it was sent with its
 * messages for this session and page ({@link FormStore}) and answers 303 to the page; the page's GET
 * ({@link #show}) shows the kept form with the refusal's status (422 invalid input, 409 conflict), after a reload
 * or a language switch too, until the form is sent successfully.
 */
public final class FormPost {

    /** Renders the page around {@code kept} ({@link Kept#NONE} when nothing was refused). */
    @FunctionalInterface
    public interface View {
        String render(Kept kept);
    }

    private FormPost() {
    }

    /** Runs {@code change}; a refusal keeps the form under {@code key}, the name of the form on the page. */
    public static Response attempt(MultivaluedMap<String, String> form, Runnable change, String location,
            String key, String done, View view) {
        try {
            change.run();
            return succeeded(location, done);
        } catch (ApiError e) {
            return refused(form, e, location, key, view);
        } catch (OptimisticLockException | StaleStateException e) {
            // A concurrent save of the same record won between our read and our write: the same 409 as a stale form.
            return refused(form, ApiError.conflict(Texts.msg().detail_stale()), location, key, view);
        }
    }

    /** The 303 to {@code location} after a change was stored, showing {@code done}; a kept form there is dropped. */
    public static Response succeeded(String location, String done) {
        forget(location);
        return Flash.redirect(location, done);
    }

    /** Drops the form kept for the page {@code location}: it was sent successfully. */
    public static void forget(String location) {
        kept().drop(path(location));
    }

    /**
     * The answer to a refused form: nothing of the change is stored, the form is kept and the answer is a 303 to
     * {@code location}. Without a login session to keep it in, the page is rendered at once with the status.
     */
    public static Response refused(MultivaluedMap<String, String> form, ApiError e, String location, String key,
            View view) {
        if (e.status != 400 && e.status != 409) {
            throw e;
        }
        if (QuarkusTransaction.isActive()) {
            QuarkusTransaction.setRollbackOnly(); // nothing of the refused change is stored
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, sent) -> {
                if (!"password".equals(name) && !"csrf-token".equals(name)) { // never echo a password
                    values.put(name, List.copyOf(sent));
                }
            });
        }
        Kept kept = new Kept(key, e.status == 409 ? 409 : 422, e.getMessage(), values, e.errors);
        // A transaction marked for rollback cannot take a new connection: the form is kept in one of its own.
        if (QuarkusTransaction.requiringNew().call(() -> kept().keep(path(location), kept))) {
            return Response.seeOther(URI.create(location)).build();
        }
        return render(view, kept);
    }

    /** A page GET: the page with the form kept there for this session, answered with its status, or 200. */
    public static Response show(String location, View view) {
        return render(view, kept().find(path(location)));
    }

    /** The page; around a refused form twice: once to find its fields' ids and labels, then with the summary. */
    private static Response render(View view, Kept kept) {
        View page = kept.problems().isEmpty() ? view : k -> {
            String plain = view.render(k);
            Arc.container().instance(ErrorSummary.class).get().set(k, ErrorSummary.of(k, plain));
            return view.render(k);
        };
        String html = QuarkusTransaction.isActive() && QuarkusTransaction.isRollbackOnly()
                ? QuarkusTransaction.requiringNew().call(() -> page.render(kept)) : page.render(kept);
        return Response.status(kept.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .build();
    }

    /** The page a form is kept for: the location without its query. */
    private static String path(String location) {
        int query = location.indexOf('?');
        return query < 0 ? location : location.substring(0, query);
    }

    private static FormStore kept() {
        return Arc.container().instance(FormStore.class).get();
    }
}
