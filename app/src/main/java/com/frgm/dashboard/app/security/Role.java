package com.frgm.dashboard.app.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The two roles of ADR 0021. An operator may do everything a viewer may, so an operator holds
 * both authorities and every rule names the least role it needs.
 */
public enum Role {
    VIEWER,
    OPERATOR;

    /** The authority a rule checks, {@code ROLE_VIEWER} or {@code ROLE_OPERATOR}. */
    String authority() {
        return "ROLE_" + name();
    }

    /** What a user of this role is granted: its own authority and those of the roles below it. */
    List<GrantedAuthority> authorities() {
        return this == OPERATOR
                ? List.of(
                        new SimpleGrantedAuthority(OPERATOR.authority()),
                        new SimpleGrantedAuthority(VIEWER.authority()))
                : List.of(new SimpleGrantedAuthority(VIEWER.authority()));
    }

    /** {@code viewer} or {@code operator}, in any case; anything else is no role. */
    static Optional<Role> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.name().equals(upper)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
