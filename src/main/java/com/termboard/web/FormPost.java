package com.termboard.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;

/**
 * Post/redirect/get for every page form: a change that succeeds answers 303 with a flash message; one refused
 * with 400 or 409 stores nothing and shows the page again with the form as it was sent (422, or 409).
 */
public final class FormPost {

    /** Renders the page again around the refused form; {@code conflict} is a message for the whole form or null. */
    @FunctionalInterface
    public interface Page {
        String render(FormState form, String conflict);
    }


    private FormPost() {
    }

    public static Response attempt(MultivaluedMap<String, String> form, Runnable change, String location,
            String done, Page page) {
        try {
            change.run();
            return Flash.redirect(location, done);
        } catch (ApiError e) {
            return refused(form, e, page);
        } catch (OptimisticLockException | StaleStateException e) {
            // A concurrent save of the same record won between our read and our write: the same 409 as a stale form.
            return refused(form, ApiError.conflict(Texts.msg().detail_stale()), page);
        }
    }

    public static Response refused(MultivaluedMap<String, String> form, ApiError e, Page page) {
        if (e.status != 400 && e.status != 409) {
            throw e;
        }
        QuarkusTransaction.setRollbackOnly(); // nothing of the refused change is stored
        FormState state = FormState.of(form, e.errors);
        String conflict = e.errors.isEmpty() ? e.getMessage() : null;
        // A transaction marked for rollback cannot take a new connection: the page reads in one of its own.
        String html = QuarkusTransaction.requiringNew().call(() -> page.render(state, conflict));
        return Response.status(e.status == 409 ? 409 : 422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html).build();
    }
}
