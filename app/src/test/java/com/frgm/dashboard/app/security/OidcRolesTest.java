package com.frgm.dashboard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class OidcRolesTest {

    @Test
    void aListClaimGivesTheRolesItNamesAndIgnoresOthers() {
        assertThat(OidcRoles.authorities(List.of("desk", "Operator")))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_OPERATOR", "ROLE_VIEWER");
    }

    @Test
    void aStringClaimMayNameSeveral() {
        assertThat(OidcRoles.authorities("viewer other"))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_VIEWER");
    }

    @Test
    void noClaimIsNoRole() {
        assertThat(OidcRoles.authorities(null)).isEmpty();
    }
}
