package com.frgm.dashboard.ingest.tt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;

/**
 * Where the key and secret come from: FRGM_TT_API_KEY / FRGM_TT_API_SECRET when both are set,
 * otherwise the Secrets Manager secret FRGM_TT_SECRET_NAME ({@code {"api_key": ..., "api_secret": ...}}).
 * The secret is read on first use, not at start-up, so a Secrets Manager hiccup costs a poll, not
 * the process; {@link #forget()} makes the next use read it again (after TT rejects the key, the
 * secret may have been rotated).
 */
public final class TtCredentialsSource {

    private final Supplier<TtCredentials> loader;
    private final boolean reloadable;
    private volatile TtCredentials cached;

    private TtCredentialsSource(Supplier<TtCredentials> loader, boolean reloadable) {
        this.loader = loader;
        this.reloadable = reloadable;
    }

    public static TtCredentialsSource of(TtCredentials credentials) {
        return new TtCredentialsSource(() -> credentials, false);
    }

    /** Fails at start-up when neither way is configured: the poller is on but could never log in. */
    public static TtCredentialsSource from(
            TtPollerProperties properties, Supplier<SecretsManagerClient> secrets, ObjectMapper json) {
        if (!TtPollerProperties.blank(properties.apiKey()) && !TtPollerProperties.blank(properties.apiSecret())) {
            return of(new TtCredentials(properties.apiKey(), properties.apiSecret()));
        }
        if (!TtPollerProperties.blank(properties.secretName())) {
            return fromSecret(properties.secretName(), secrets, json);
        }
        throw new IllegalStateException("frgm.tt.base-url is set but no TT credentials are: set FRGM_TT_API_KEY "
                + "and FRGM_TT_API_SECRET, or FRGM_TT_SECRET_NAME");
    }

    public static TtCredentialsSource fromSecret(
            String secretName, Supplier<SecretsManagerClient> secrets, ObjectMapper json) {
        return new TtCredentialsSource(() -> read(secretName, secrets.get(), json), true);
    }

    public TtCredentials get() {
        TtCredentials current = cached;
        if (current == null) {
            synchronized (this) {
                if (cached == null) {
                    cached = loader.get();
                }
                current = cached;
            }
        }
        return current;
    }

    void forget() {
        if (reloadable) {
            cached = null;
        }
    }

    private static TtCredentials read(String secretName, SecretsManagerClient client, ObjectMapper json) {
        String secret = client.getSecretValue(
                        GetSecretValueRequest.builder().secretId(secretName).build())
                .secretString();
        JsonNode node;
        try {
            node = json.readTree(secret == null ? "" : secret);
        } catch (java.io.IOException e) {
            // The parser's message could quote the secret; name the secret instead.
            throw new IllegalStateException("Secret " + secretName + " is not JSON");
        }
        if (node == null || !node.hasNonNull("api_key") || !node.hasNonNull("api_secret")) {
            throw new IllegalStateException("Secret " + secretName + " lacks api_key or api_secret");
        }
        return new TtCredentials(
                node.get("api_key").asText(), node.get("api_secret").asText());
    }
}
