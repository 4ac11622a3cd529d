package com.frgm.dashboard.app.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import reactor.core.publisher.Mono;

/** The users a form sign-in or HTTP Basic may be; empty when everyone signs in through OpenID Connect. */
final class Users implements ReactiveUserDetailsService {

    private final Map<String, UserDetails> byName = new LinkedHashMap<>();

    Users(List<ConfiguredUser> users) {
        for (ConfiguredUser user : users) {
            if (byName.containsKey(user.name())) {
                throw new IllegalArgumentException("frgm.security.users names " + user.name() + " twice");
            }
            byName.put(
                    user.name(),
                    User.withUsername(user.name())
                            .password(user.password())
                            .authorities(user.role().authorities())
                            .build());
        }
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        // A copy each time: the authentication manager erases the credentials of what it is given.
        return Mono.justOrEmpty(Optional.ofNullable(byName.get(username))
                .map(user -> User.withUserDetails(user).build()));
    }
}
