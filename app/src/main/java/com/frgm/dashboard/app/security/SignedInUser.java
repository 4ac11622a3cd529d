package com.frgm.dashboard.app.security;

import java.util.List;

/** {@code GET /api/me}: who is signed in and their roles, so the pages show only what the role may use. */
record SignedInUser(String name, List<String> roles) {}
