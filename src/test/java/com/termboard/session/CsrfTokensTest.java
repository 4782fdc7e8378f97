package com.termboard.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.LaunchMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The signing key's sources and the token's properties, without starting Quarkus. */
class CsrfTokensTest {

    private static final Optional<String> SESSION_KEY = Optional.of("a-session-key-shared-by-all-replicas");

    @Test
    void everyReplicaDerivesTheSameKeyFromTheSharedSessionKeyAndItIsNotTheSessionKey() {
        byte[] one = CsrfTokens.key(Optional.empty(), SESSION_KEY, LaunchMode.NORMAL);
        assertArrayEquals(one, CsrfTokens.key(Optional.empty(), SESSION_KEY, LaunchMode.NORMAL));
        assertEquals(32, one.length);
        assertNotEquals(SESSION_KEY.get(), new String(one, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void productionRefusesToStartWithoutAnyKeyAndAShortOwnKeyIsRefusedEverywhere() {
        assertThrows(IllegalStateException.class,
                () -> CsrfTokens.key(Optional.empty(), Optional.empty(), LaunchMode.NORMAL));
        assertThrows(IllegalStateException.class,
                () -> CsrfTokens.key(Optional.of("too-short"), SESSION_KEY, LaunchMode.TEST));
        assertEquals(32, CsrfTokens.key(Optional.empty(), Optional.empty(), LaunchMode.TEST).length);
    }

    @Test
    void aTokenBelongsToOneSessionAndOneKey() {
        CsrfTokens tokens = new CsrfTokens(CsrfTokens.key(Optional.empty(), SESSION_KEY, LaunchMode.NORMAL));
        CsrfTokens otherKey = new CsrfTokens(CsrfTokens.key(Optional.of("x".repeat(32)), SESSION_KEY,
                LaunchMode.NORMAL));
        String token = tokens.tokenOf("session-1");
        assertEquals(token, tokens.tokenOf("session-1"), "the same in every tab, for the whole session");
        assertTrue(tokens.isValid("session-1", token));
        assertFalse(tokens.isValid("session-2", token));
        assertFalse(otherKey.isValid("session-1", token));
        assertFalse(tokens.isValid("session-1", ""));
        assertFalse(tokens.isValid(null, tokens.tokenOf(null)), "no session, no valid token");
        assertFalse(token.contains("session-1"));
    }

    @Test
    void aLoginFromOurOwnHostPassesAndAnyOtherOriginDoesNot() {
        assertTrue(LoginOrigin.sameHost("https://termboard.example.com", "termboard.example.com"));
        assertTrue(LoginOrigin.sameHost("http://localhost:8081", "localhost:8081"));
        assertTrue(LoginOrigin.sameHost("https://termboard.example.com:443", "termboard.example.com"));
        assertFalse(LoginOrigin.sameHost("https://termboard.example.com.evil.example", "termboard.example.com"));
        assertFalse(LoginOrigin.sameHost("http://localhost:9999", "localhost:8081"));
        assertFalse(LoginOrigin.sameHost("null", "localhost:8081"));
        assertFalse(LoginOrigin.sameHost("http://localhost:8081", null));
    }
}
