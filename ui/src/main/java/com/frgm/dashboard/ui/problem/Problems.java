package com.frgm.dashboard.ui.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem types of this API (RFC 9457). A type is an identifier relative to the API, not a
 * page; {@code about:blank} stands for plain HTTP errors (unknown path, wrong method, server
 * failure), whose title is the status phrase.
 */
public final class Problems {

    /** A request parameter is malformed, out of range or missing; {@code parameter} names it. */
    public static final URI BAD_PARAMETER = URI.create("/problems/bad-parameter");

    /** The instrument is valid, but no quote for it has arrived yet; {@code instrument} names it. */
    public static final URI NO_QUOTE_YET = URI.create("/problems/no-quote-yet");

    /** The node is at its cap of this kind of work (replays); try again after {@code Retry-After}. */
    public static final URI TOO_BUSY = URI.create("/problems/too-busy");

    /** No credentials, or wrong ones: sign in (a page is sent to the sign-in page instead). */
    public static final URI SIGN_IN_REQUIRED = URI.create("/problems/sign-in-required");

    /** Signed in, but the role does not reach this route (ADR 0021). */
    public static final URI FORBIDDEN = URI.create("/problems/forbidden");

    /** A state-changing request without the session's CSRF token: a cross-site request, or a stale page. */
    public static final URI CSRF_REFUSED = URI.create("/problems/csrf-refused");

    /** The user is at a cap of theirs (open streams, running replays); try again after {@code Retry-After}. */
    public static final URI TOO_MANY = URI.create("/problems/too-many");

    /** No projection has that name; {@code projection} names what was asked for. */
    public static final URI UNKNOWN_PROJECTION = URI.create("/problems/unknown-projection");

    /** The projection's rebuild cannot start or stop now (one is running, none is, or it cannot be cancelled). */
    public static final URI REBUILD_CONFLICT = URI.create("/problems/rebuild-conflict");

    private Problems() {}

    public static ProblemDetail signInRequired() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNAUTHORIZED,
                "Sign in first: a session from the sign-in page, HTTP Basic or OpenID Connect.");
        problem.setType(SIGN_IN_REQUIRED);
        problem.setTitle("Sign-in required");
        return problem;
    }

    public static ProblemDetail forbidden(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(FORBIDDEN);
        problem.setTitle("Forbidden");
        return problem;
    }

    public static ProblemDetail csrfRefused() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                "The request does not carry this session's CSRF token; reload the page and try again.");
        problem.setType(CSRF_REFUSED);
        problem.setTitle("CSRF token missing or wrong");
        return problem;
    }

    public static ProblemDetail tooMany(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        problem.setType(TOO_MANY);
        problem.setTitle("Too many");
        return problem;
    }

    public static ProblemDetail badParameter(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(BAD_PARAMETER);
        problem.setTitle("Bad parameter");
        problem.setProperty("parameter", parameter);
        return problem;
    }

    public static ProblemDetail noQuoteYet(String instrument) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No quote yet for " + instrument + ".");
        problem.setType(NO_QUOTE_YET);
        problem.setTitle("No quote yet");
        problem.setProperty("instrument", instrument);
        return problem;
    }

    public static ProblemDetail tooBusy(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(TOO_BUSY);
        problem.setTitle("Too busy");
        return problem;
    }

    public static ProblemDetail unknownProjection(String name, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setType(UNKNOWN_PROJECTION);
        problem.setTitle("Unknown projection");
        problem.setProperty("projection", name);
        return problem;
    }

    public static ProblemDetail rebuildConflict(String name, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(REBUILD_CONFLICT);
        problem.setTitle("Rebuild conflict");
        problem.setProperty("projection", name);
        return problem;
    }

    /** No detail of the failure itself: it may quote internals; the log has it. */
    static ProblemDetail serverFailure(HttpStatusCode status) {
        return ProblemDetail.forStatusAndDetail(
                status, "The server could not answer this request; the failure is logged.");
    }
}
