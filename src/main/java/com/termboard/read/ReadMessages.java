package com.termboard.read;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of what the read model does not find ({@code read:}; messages/read_*.properties). */
@MessageBundle(value = "read", locale = "en")
public interface ReadMessages {

    String no_term(long id);

    String no_group(String code);

    String no_user(String username);
}
