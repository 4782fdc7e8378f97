package com.termboard.web.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs a create at most once per (user, Idempotency-Key): a repeat answers as the first call did and creates
 * nothing. The key is claimed in the create's own transaction, so a concurrent twin waits for it and then replays;
 * a create that fails rolls back its claim, so the same key may be tried again.
 */
@ApplicationScoped
public class Idempotency {

    /** The header of the API; forms send the same kind of token in a hidden field. */
    public static final String HEADER = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    /** What the first call answered. */
    public record Stored(int status, String location, String body) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    SecurityIdentity identity;

    /** Checks a key sent by a client: 400 unless 1..100 visible ASCII characters. */
    public static void checkKey(String key, String field) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw ApiError.invalid(field, "1 to 100 visible ASCII characters.");
        }
    }

    /**
     * Runs {@code create} unless {@code key} was used before by this user; then answers what was stored. Without a
     * key it simply runs. {@code request} names what is created (method and path) and {@code payload} is the input:
     * the same key with another request or payload is a 409.
     */
    @Transactional
    public Response once(String key, String request, Object payload, Supplier<Response> create) {
        return once(key, request, payload, create, Idempotency::replay);
    }

    /** As {@link #once(String, String, Object, Supplier)}, with a caller-made answer to a repeat (e.g. for forms). */
    @Transactional
    public Response once(String key, String request, Object payload, Supplier<Response> create,
            Function<Stored, Response> replay) {
        if (key == null) {
            return create.get();
        }
        checkKey(key, HEADER);
        String username = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        String fingerprint = fingerprint(request, payload);
        int claimed = em.createNativeQuery("INSERT INTO idempotency_record (username, key, request, status) "
                        + "VALUES (?1, ?2, ?3, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, username).setParameter(2, key).setParameter(3, fingerprint).executeUpdate();
        if (claimed == 0) {
            return replay.apply(stored(username, key, fingerprint));
        }
        Response response = create.get();
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        em.createNativeQuery("UPDATE idempotency_record SET status = ?1, location = ?2, body = ?3 "
                        + "WHERE username = ?4 AND key = ?5")
                .setParameter(1, response.getStatus()).setParameter(2, location)
                .setParameter(3, body(response.getEntity())).setParameter(4, username).setParameter(5, key)
                .executeUpdate();
        return response;
    }

    private Stored stored(String username, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request, status, location, body FROM idempotency_record "
                        + "WHERE username = ?1 AND key = ?2")
                .setParameter(1, username).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw ApiError.conflict(Texts.msg().detail_idempotency_reused());
        }
        return new Stored(((Number) row[1]).intValue(), (String) row[2], (String) row[3]);
    }

    /** The stored answer again: same status, same Location, same JSON body. */
    public static Response replay(Stored stored) {
        Response.ResponseBuilder r = Response.status(stored.status());
        if (stored.location() != null) {
            r.location(URI.create(stored.location()));
        }
        if (stored.body() != null) {
            r.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return r.build();
    }

    private String body(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response body is not serialisable: " + entity.getClass(), e);
        }
    }

    private String fingerprint(String request, Object payload) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(body(payload == null ? "" : payload).getBytes(StandardCharsets.UTF_8));
            String head = request.length() > 200 ? request.substring(0, 200) : request;
            return head + " #" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
