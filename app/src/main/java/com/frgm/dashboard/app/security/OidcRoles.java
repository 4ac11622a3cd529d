package com.frgm.dashboard.app.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;

/**
 * An OpenID Connect user's roles from one claim ({@code frgm.security.roles-claim}, for example
 * {@code roles} or Cognito's {@code cognito:groups}): a list of names or one name, of which
 * {@code viewer} and {@code operator} count and anything else is ignored. A user with neither
 * signs in but reaches nothing. The name the operations log records is
 * {@code preferred_username}, else the subject.
 */
final class OidcRoles implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();
    private final String claim;

    OidcRoles(String claim) {
        this.claim = claim;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        return delegate.loadUser(request).map(user -> {
            String nameClaim = StringUtils.hasText(user.getPreferredUsername()) ? "preferred_username" : "sub";
            return new DefaultOidcUser(
                    authorities(user.getClaims().get(claim)), user.getIdToken(), user.getUserInfo(), nameClaim);
        });
    }

    static Set<GrantedAuthority> authorities(Object claimValue) {
        Collection<?> names = claimValue instanceof Collection<?> list
                ? list
                : claimValue instanceof String text ? List.of(text.split("[ ,]+")) : List.of();
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (Object name : names) {
            Role.named(String.valueOf(name)).ifPresent(role -> authorities.addAll(role.authorities()));
        }
        return authorities;
    }
}
