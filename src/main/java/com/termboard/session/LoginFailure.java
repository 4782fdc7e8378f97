package com.termboard.session;

import com.termboard.system.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One wrong password for a tried name, counted by {@link LoginThrottle}. */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends IdentifiedEntity {

    public String username;
    public Instant at;
}
