package com.frgm.dashboard.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Deny by default (ADR 0021): the rules of {@link AccessRules}, then nothing. Browsers sign in on
 * {@code /login} (a form, or OpenID Connect when a {@code spring.security.oauth2.client}
 * registration exists) and keep a session cookie; scripts and the CLI send HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({SecurityProperties.class, LocalRun.class})
class SecurityConfiguration {

    /** Scripts, styles and connections from this origin only: the pages have no inline script or style. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    Users users(
            SecurityProperties properties,
            LocalRun run,
            ObjectProvider<ReactiveClientRegistrationRepository> registrations) {
        Users users = new Users(properties.users());
        boolean oidc = registrations.getIfAvailable() != null;
        if (users.isEmpty() && !oidc) {
            if (run.local()) {
                String password = PasswordEncoderFactories.createDelegatingPasswordEncoder()
                        .encode(GeneratedAdmin.password(run.dataDir()));
                return new Users(List.of(new ConfiguredUser(GeneratedAdmin.NAME, password, Role.OPERATOR)));
            }
            log.warn(
                    "No users (FRGM_USERS) and no OpenID Connect registration (spring.security.oauth2.client.registration.*)"
                            + " configured: nobody can sign in, and only the health probes answer");
        }
        return users;
    }

    @Bean
    SecurityWebFilterChain securityFilterChain(
            ServerHttpSecurity http,
            SecurityProperties properties,
            Users users,
            ObjectProvider<ReactiveClientRegistrationRepository> registrations,
            ObjectMapper json) {
        ProblemWriter problems = new ProblemWriter(json);
        SignInEntryPoint signIn = new SignInEntryPoint(problems);
        DeniedHandler denied = new DeniedHandler(problems);
        http.authorizeExchange(exchanges -> {
                    for (AccessRules.Rule rule : AccessRules.RULES) {
                        ServerHttpSecurity.AuthorizeExchangeSpec.Access access = rule.method() == null
                                ? exchanges.pathMatchers(rule.pattern())
                                : exchanges.pathMatchers(rule.method(), rule.pattern());
                        switch (rule.access()) {
                            case OPEN -> access.permitAll();
                            case VIEWER -> access.hasAuthority(Role.VIEWER.authority());
                            case OPERATOR -> access.hasAuthority(Role.OPERATOR.authority());
                            case NOBODY -> access.denyAll();
                        }
                    }
                    exchanges.anyExchange().denyAll();
                })
                .authenticationManager(new UserDetailsRepositoryReactiveAuthenticationManager(users))
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                .formLogin(form -> form.loginPage(SignInEntryPoint.LOGIN_PAGE)
                        .authenticationEntryPoint(signIn)
                        .authenticationFailureHandler(
                                new RedirectServerAuthenticationFailureHandler(SignInEntryPoint.LOGIN_PAGE + "?error")))
                .logout(logout -> logout.logoutSuccessHandler(logoutSuccess()))
                .csrf(csrf -> csrf.csrfTokenRepository(CsrfSettings.repository())
                        .csrfTokenRequestHandler(CsrfSettings.requestHandler())
                        .requireCsrfProtectionMatcher(CsrfSettings.required())
                        .accessDeniedHandler(denied))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(signIn).accessDeniedHandler(denied))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .addFilterAfter(new CsrfCookie(), SecurityWebFiltersOrder.CSRF)
                .addFilterAfter(new UserLimits(properties.limits(), problems), SecurityWebFiltersOrder.AUTHORIZATION);
        ReactiveClientRegistrationRepository oidc = registrations.getIfAvailable();
        if (oidc != null) {
            http.oauth2Login(login -> login.authenticationFailureHandler(
                    new RedirectServerAuthenticationFailureHandler(SignInEntryPoint.LOGIN_PAGE + "?error")));
        }
        return http.build();
    }

    @Bean
    OidcRoles oidcRoles(SecurityProperties properties) {
        return new OidcRoles(properties.rolesClaim());
    }

    @Bean
    RouterFunction<ServerResponse> signInRoutes(
            Users users, ObjectProvider<ReactiveClientRegistrationRepository> registrations) {
        List<SignInOptions.Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof InMemoryReactiveClientRegistrationRepository repository) {
            for (ClientRegistration registration : repository) {
                providers.add(new SignInOptions.Provider(
                        registration.getClientName(), "oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
        return SignInRoutes.routes(new SignInOptions(!users.isEmpty(), providers));
    }

    private static RedirectServerLogoutSuccessHandler logoutSuccess() {
        RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(URI.create(SignInEntryPoint.LOGIN_PAGE + "?signed-out"));
        return handler;
    }
}
