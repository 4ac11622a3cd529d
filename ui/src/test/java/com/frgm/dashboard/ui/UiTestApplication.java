package com.frgm.dashboard.ui;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The configuration {@code @WebFluxTest} looks for; the real application lives in module app.
 * {@code @SpringBootApplication} rather than a bare component scan, because its exclude filter is
 * what lets a slice keep only the controllers it names.
 */
@SpringBootApplication
public class UiTestApplication {}
