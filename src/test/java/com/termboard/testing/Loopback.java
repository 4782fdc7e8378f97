package com.termboard.testing;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Requests from another client address: every test request comes from 127.0.0.1, but Linux routes all of
 * 127.0.0.0/8 to the loopback interface, so binding the client socket to 127.0.0.2 is a second, real client.
 */
public final class Loopback {

    private Loopback() {
    }

    /** A request whose connection's source address is {@code address} (e.g. "127.0.0.2"). */
    public static RequestSpecification from(String address) {
        try {
            InetAddress local = InetAddress.getByName(address);
            // REST Assured's Apache HttpClient 4 binds its socket to this route parameter (ConnRoutePNames).
            return RestAssured.given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.route.local-address", local))).redirects().follow(false);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
