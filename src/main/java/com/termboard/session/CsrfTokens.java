package com.termboard.session;

import com.termboard.system.TermboardConfig;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The CSRF token of a login session: an HMAC of the server-side session id under a secret key. It is the same in
 * every tab and on every replica for the whole session, cannot be made without the key, belongs to one session
 * only, and is new at every login (a login opens a new session id).
 */
@ApplicationScoped
public class CsrfTokens {

    private static final Logger LOG = Logger.getLogger(CsrfTokens.class);
    private static final String HMAC = "HmacSHA256";

    private final byte[] key;

    @Inject
    CsrfTokens(TermboardConfig config,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        this(key(config.csrf().signatureKey(), sessionKey, LaunchMode.current()));
    }

    CsrfTokens(byte[] key) {
        this.key = key;
    }

    /**
     * The configured key; else one derived from the session encryption key, which every replica already shares
     * (production refuses to start without it, demo mode gets a random one); else, outside production, random.
     */
    static byte[] key(Optional<String> csrfKey, Optional<String> sessionKey, LaunchMode mode) {
        Optional<String> own = csrfKey.filter(k -> !k.isBlank());
        if (own.isPresent()) {
            if (own.get().length() < 32) {
                throw new IllegalStateException("termboard.csrf.signature-key needs at least 32 characters");
            }
            return own.get().getBytes(StandardCharsets.UTF_8);
        }
        Optional<String> shared = sessionKey.filter(k -> !k.isBlank());
        if (shared.isPresent()) {
            return hmac(shared.get().getBytes(StandardCharsets.UTF_8), "termboard CSRF signature key");
        }
        if (mode == LaunchMode.NORMAL) {
            throw new IllegalStateException("Set TERMBOARD_CSRF_SIGNATURE_KEY or "
                    + "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY (the same on every instance) to sign CSRF tokens");
        }
        LOG.info("No CSRF signature key configured: using a random one for this process");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    /** The token of the session {@code sessionId}; empty without a session (nothing to protect). */
    public String tokenOf(String sessionId) {
        if (sessionId == null || sessionId.isEmpty()) {
            return "";
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, "csrf\n" + sessionId));
    }

    /** Whether {@code candidate} is the token of the session {@code sessionId}, compared in constant time. */
    public boolean isValid(String sessionId, String candidate) {
        if (sessionId == null || sessionId.isEmpty() || candidate == null || candidate.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(tokenOf(sessionId).getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
