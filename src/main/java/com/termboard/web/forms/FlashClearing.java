package com.termboard.web.forms;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Clears the flash cookie once a page has shown its message. */
public class FlashClearing {

    @Inject
    Flash flash;

    @ServerResponseFilter
    public void clear(ContainerResponseContext response) {
        boolean replaced = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .anyMatch(c -> String.valueOf(c).startsWith(Flash.COOKIE + "="));
        if (flash.wasRead() && !replaced) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Flash.cleared());
        }
    }
}
