package com.frgm.dashboard.app.security;

import java.util.List;

/**
 * {@code GET /login/options}: what the sign-in page offers. {@code form} when users are
 * configured; one provider per OpenID Connect registration, signed in at {@code path}.
 */
record SignInOptions(boolean form, List<Provider> providers) {

    record Provider(String name, String path) {}
}
