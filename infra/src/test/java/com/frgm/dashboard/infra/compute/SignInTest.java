package com.frgm.dashboard.infra.compute;

import static com.frgm.dashboard.infra.Resources.idOf;
import static com.frgm.dashboard.infra.Resources.only;
import static com.frgm.dashboard.infra.Resources.properties;
import static com.frgm.dashboard.infra.Resources.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.infra.Synthesized;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import software.amazon.awscdk.assertions.Template;

/**
 * The dashboard's task definition carries what the application needs to sign people in behind
 * the load balancer (ADR 0021): users from the sign-in secret, the roles claim, forwarded
 * headers and secure cookies, session stickiness, and with an issuer an OpenID Connect
 * registration whose variable names Spring Boot binds as the registration {@code sso}.
 */
class SignInTest {

    private static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Example";

    private final Template dev = Synthesized.stack("frgm-dev-compute");

    @Test
    void givesTheDashboardUsersFromTheSignInSecretAndTrustsTheLoadBalancersHeaders() {
        Map<String, Object> container = ComputeStackTest.container(dev, "dashboard");
        assertThat(ComputeStackTest.environment(container))
                .containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native")
                .containsEntry("SERVER_REACTIVE_SESSION_COOKIE_SECURE", "true")
                .containsEntry("FRGM_ROLES_CLAIM", "roles")
                .doesNotContainKeys(SignIn.PROVIDER + "ISSUER_URI");
        Map<String, Object> secrets = ComputeStackTest.secrets(container);
        Template data = Synthesized.stack("frgm-dev-data");
        String signIn = idOf(data, "AWS::SecretsManager::Secret", "Name", "frgm/dev/sign-in");
        assertThat(String.valueOf(secrets.get("FRGM_USERS"))).contains(signIn, ":users::");
        assertThat(secrets)
                .doesNotContainKeys(SignIn.REGISTRATION + "CLIENT_ID", SignIn.REGISTRATION + "CLIENT_SECRET");
        assertThat(ComputeStackTest.secrets(ComputeStackTest.container(dev, "ingest")))
                .doesNotContainKey("FRGM_USERS");
        assertThat(String.valueOf(only(data, "AWS::SecretsManager::Secret", "Name", "frgm/dev/sign-in")
                        .get("SecretString")))
                .contains("\"users\":\"\"", "client_id", "client_secret");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keepsABrowsersSessionOnOneTask() {
        Map<String, Object> targets = properties(dev, "AWS::ElasticLoadBalancingV2::TargetGroup")
                .values()
                .iterator()
                .next();
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) targets.get("TargetGroupAttributes")) {
            attributes.put((String) a.get("Key"), a.get("Value"));
        }
        assertThat(attributes)
                .containsEntry("stickiness.enabled", "true")
                .containsEntry("stickiness.type", "lb_cookie")
                .containsEntry("stickiness.lb_cookie.duration_seconds", String.valueOf(12 * 3600));
    }

    @Test
    void registersTheIssuerAsOpenIdConnectProviderThatSpringBootBinds() {
        Map<String, Template> stacks = Synthesized.synthesize(Map.of(
                "env",
                "prod",
                "prod.oidcIssuerUri",
                ISSUER,
                "prod.rolesClaim",
                "cognito:groups",
                "prod.oidcClientName",
                "Desk sign-in"));
        Template prod = stacks.get("frgm-prod-compute");
        String signIn = idOf(stacks.get("frgm-prod-data"), "AWS::SecretsManager::Secret", "Name", "frgm/prod/sign-in");
        Map<String, Object> container = ComputeStackTest.container(prod, "dashboard");
        Map<String, Object> env = ComputeStackTest.environment(container);
        Map<String, Object> secrets = ComputeStackTest.secrets(container);
        assertThat(env).containsEntry("FRGM_ROLES_CLAIM", "cognito:groups");
        assertThat(String.valueOf(secrets.get(SignIn.REGISTRATION + "CLIENT_ID")))
                .contains(signIn, ":client_id::");
        assertThat(String.valueOf(secrets.get(SignIn.REGISTRATION + "CLIENT_SECRET")))
                .contains(signIn, ":client_secret::");
        assertThat(text(container, "Secrets")).doesNotContain("set-me");

        // What ECS puts into the container's environment, read the way the application reads it.
        Map<String, Object> variables = new LinkedHashMap<>(env);
        secrets.keySet().forEach(name -> variables.put(name, "from-secret-" + name));
        Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
        OAuth2ClientProperties oauth2 = binder.bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
                .get();
        assertThat(oauth2.getProvider()).containsOnlyKeys("sso");
        assertThat(oauth2.getProvider().get("sso").getIssuerUri()).isEqualTo(ISSUER);
        OAuth2ClientProperties.Registration sso = oauth2.getRegistration().get("sso");
        assertThat(oauth2.getRegistration()).containsOnlyKeys("sso");
        assertThat(sso.getClientId()).isEqualTo("from-secret-" + SignIn.REGISTRATION + "CLIENT_ID");
        assertThat(sso.getClientSecret()).isEqualTo("from-secret-" + SignIn.REGISTRATION + "CLIENT_SECRET");
        assertThat(sso.getProvider()).isEqualTo("sso");
        assertThat(sso.getClientName()).isEqualTo("Desk sign-in");
        assertThat(sso.getScope()).containsExactly("openid");
    }
}
