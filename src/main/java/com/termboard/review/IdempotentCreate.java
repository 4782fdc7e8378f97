package com.termboard.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.termboard.web.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * SPEC.md "JSON API": a create repeated with the same {@code Idempotency-Key} answers as the first call did and
 * creates nothing new. Kept in the database ({@code idempotency_record}) so every replica sees it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotentCreate {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The stored answer to an earlier call with this key, if there was one; 409 if it was another request. */
    public Optional<Response> replay(String username, String key, String request) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > 100) {
            throw ApiError.invalid("Idempotency-Key", "1 to 100 characters.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request, status, location, body FROM idempotency_record "
                + "WHERE username = ?1 AND key = ?2").setParameter(1, username).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!request.equals(row[0])) {
            throw ApiError.conflict("This Idempotency-Key was already used for another request.");
        }
        Response.ResponseBuilder answer = Response.status(((Number) row[1]).intValue())
                .type(MediaType.APPLICATION_JSON).entity(row[3]);
        if (row[2] != null) {
            answer.location(URI.create((String) row[2]));
        }
        return Optional.of(answer.build());
    }

    /** Remembers the answer to a create made with {@code key} (nothing without a key). */
    public void remember(String username, String key, String request, int status, String location, Object body) {
        if (key == null) {
            return;
        }
        try {
            em.createNativeQuery("INSERT INTO idempotency_record (username, key, request, status, location, body) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, username).setParameter(2, key)
                    .setParameter(3, request).setParameter(4, status).setParameter(5, location)
                    .setParameter(6, json.writeValueAsString(body)).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer is not serialisable", e);
        }
    }
}
