package dev.newsgraph.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The key a client sent in the X-API-Key header. */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
