package com.frgm.dashboard.app.security;

/**
 * A user from configuration. The compact form {@code name:password:role} is what
 * {@code FRGM_USERS} carries, comma-separated; the password is in Spring's notation
 * ({@code {bcrypt}$2a$...} or {@code {noop}text}) and may itself hold colons.
 */
public record ConfiguredUser(String name, String password, Role role) {

    public ConfiguredUser {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a user needs a name (name:password:role)");
        }
        if (password == null || !password.startsWith("{")) {
            throw new IllegalArgumentException("user " + name
                    + ": the password needs its encoding, {bcrypt}... or {noop}... (name:password:role)");
        }
        if (role == null) {
            throw new IllegalArgumentException("user " + name + " needs a role, viewer or operator");
        }
    }

    /** Parses {@code name:password:role}; the message names the user but never the password. */
    static ConfiguredUser parse(String compact) {
        String text = compact.trim();
        int first = text.indexOf(':');
        int last = text.lastIndexOf(':');
        if (first < 0 || last == first) {
            throw new IllegalArgumentException("a user is name:password:role, and "
                    + (first < 0 ? "this one" : "user " + text.substring(0, first)) + " is not");
        }
        String name = text.substring(0, first);
        String roleName = text.substring(last + 1);
        Role role = Role.named(roleName)
                .orElseThrow(() -> new IllegalArgumentException(
                        "user " + name + ": the role is viewer or operator, not " + roleName));
        return new ConfiguredUser(name, text.substring(first + 1, last), role);
    }

    /** Never the password: records print themselves in logs and failure messages. */
    @Override
    public String toString() {
        return "ConfiguredUser[name=" + name + ", role=" + role + "]";
    }
}
