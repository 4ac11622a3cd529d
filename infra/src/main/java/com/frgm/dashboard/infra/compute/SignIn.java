package com.frgm.dashboard.infra.compute;

import com.frgm.dashboard.infra.Settings;
import com.frgm.dashboard.infra.stores.DataStack;
import java.util.Map;
import software.amazon.awscdk.services.ecs.Secret;

/**
 * How the dashboard behind the load balancer signs people in (ADR 0021): users for scripts from
 * the sign-in secret ({@code FRGM_USERS}), and with {@code oidcIssuerUri} one OpenID Connect
 * registration, {@code sso}, in Spring's standard keys, its client id and secret from the same
 * secret and the roles from {@code rolesClaim}. The load balancer ends TLS, so the application
 * is told to believe its {@code X-Forwarded-*} headers (HSTS, https redirect URIs) and to send
 * the session cookie only over HTTPS.
 */
final class SignIn {

    static final String REGISTRATION = "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_SSO_";
    static final String PROVIDER = "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_SSO_";

    private SignIn() {}

    static void environment(Settings settings, Map<String, String> env) {
        env.put("SERVER_FORWARD_HEADERS_STRATEGY", "native");
        env.put("SERVER_REACTIVE_SESSION_COOKIE_SECURE", "true");
        env.put("FRGM_ROLES_CLAIM", settings.rolesClaim());
        if (settings.oidc()) {
            env.put(PROVIDER + "ISSUER_URI", settings.oidcIssuerUri());
            env.put(REGISTRATION + "PROVIDER", "sso");
            env.put(REGISTRATION + "CLIENT_NAME", settings.oidcClientName());
            env.put(REGISTRATION + "SCOPE", "openid");
        }
    }

    static void secrets(Settings settings, DataStack data, Map<String, Secret> secrets) {
        secrets.put("FRGM_USERS", Secret.fromSecretsManager(data.signIn(), DataStack.SIGN_IN_USERS));
        if (settings.oidc()) {
            secrets.put(
                    REGISTRATION + "CLIENT_ID", Secret.fromSecretsManager(data.signIn(), DataStack.SIGN_IN_CLIENT_ID));
            secrets.put(
                    REGISTRATION + "CLIENT_SECRET",
                    Secret.fromSecretsManager(data.signIn(), DataStack.SIGN_IN_CLIENT_SECRET));
        }
    }
}
