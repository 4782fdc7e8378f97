package com.termboard.session;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The client address that login budgets are kept for: the connection's remote address, never a header. With
 * {@code quarkus.http.proxy.proxy-address-forwarding} (and its trusted proxies) set, Quarkus itself puts the
 * forwarded address there; otherwise X-Forwarded-For is ignored, as anyone can write it.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(RoutingContext http) {
        SocketAddress remote = http == null ? null : http.request().remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : normalise(remote.hostAddress());
    }

    /** An IPv6 client usually holds a whole /64, so its budget is kept per /64; IPv4 per address. */
    static String normalise(String literal) {
        try {
            InetAddress address = InetAddress.getByName(literal); // a literal: no name lookup
            if (address instanceof Inet6Address) {
                byte[] bytes = address.getAddress();
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                }
                return prefix.append(":/64").toString();
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
