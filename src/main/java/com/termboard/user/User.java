package com.termboard.user;

import com.termboard.system.IdentifiedEntity;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A person who logs in; the password is stored as a bcrypt hash only. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends IdentifiedEntity {

    @Username
    public String username;

    public String displayName;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    @Roles
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    public Set<String> roles = new TreeSet<>();

    public boolean active = true;

    /** Where e-mail notifications go; null: none. */
    public String email;

    /** The language of this user's e-mails, a tag of web/i18n/Locales ("en", "zh-CN"). */
    public String language = "en";

    /** Notifications by e-mail as well as in the app (when there is an address and e-mail is on). */
    public boolean emailNotifications = true;

    /** At most one e-mail per reminder run, listing every reminder, instead of one each. */
    public boolean digest = true;

    public Instant createdAt;

    @Version
    public long version;

    /** bcrypt reads at most this many bytes of a password (UTF-8) and silently ignores the rest. */
    public static final int MAX_PASSWORD_BYTES = 72;

    /** Refuses a password bcrypt would truncate: it would accept anything sharing its first 72 bytes. */
    public void setPassword(String plain) {
        if (!fitsBcrypt(plain)) {
            throw new IllegalArgumentException("A password may have at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        passwordHash = BcryptUtil.bcryptHash(plain);
    }

    public static boolean fitsBcrypt(String plain) {
        return plain == null || plain.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }

    public static Optional<User> byUsername(String username) {
        if (username == null || username.indexOf('\u0000') >= 0) {
            return Optional.empty(); // PostgreSQL refuses NUL in a parameter; no such row can exist
        }
        return find("username", username).firstResultOptional();
    }

    public static List<User> allByUsername() {
        return list("ORDER BY username");
    }

    public static List<User> withRole(Role role) {
        return list("SELECT u FROM User u JOIN u.roles r WHERE r = ?1 ORDER BY u.username", role.name());
    }
}
