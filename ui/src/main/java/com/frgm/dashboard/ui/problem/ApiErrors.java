package com.frgm.dashboard.ui.problem;

import com.frgm.dashboard.api.RefusedParameter;
import com.frgm.dashboard.api.TooBusy;
import com.frgm.dashboard.api.projections.ProjectionRefusal;
import com.frgm.dashboard.ui.BadParameterException;
import java.net.URI;
import java.util.Optional;
import org.axonframework.messaging.HandlerExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every refusal and failure of an endpoint as an RFC 9457 problem ({@code application/problem+json}):
 * type, title, status, detail, instance, and {@code parameter} where one parameter is at fault.
 * Spring's own errors (unknown path, wrong method, unacceptable type) take the same way through
 * {@link ResponseEntityExceptionHandler}. The content type is set here, not negotiated: a client of
 * an event stream accepts {@code text/event-stream} only, and its refusal must still be JSON.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler
    Mono<ResponseEntity<Object>> badParameter(BadParameterException e, ServerWebExchange exchange) {
        return handleExceptionInternal(
                e, Problems.badParameter(e.parameter(), e.getMessage()), null, HttpStatus.BAD_REQUEST, exchange);
    }

    /**
     * A refusal by the query side arrives as Axon's execution failure with its reason as details:
     * a parameter at fault is a bad request, a handler at its cap is "service unavailable".
     */
    @ExceptionHandler
    Mono<ResponseEntity<Object>> failed(Exception e, ServerWebExchange exchange) {
        Optional<RefusedParameter> refused = details(e, RefusedParameter.class);
        if (refused.isPresent()) {
            return handleExceptionInternal(
                    e,
                    Problems.badParameter(
                            refused.get().parameter(), refused.get().detail()),
                    null,
                    HttpStatus.BAD_REQUEST,
                    exchange);
        }
        Optional<ProjectionRefusal> projection = details(e, ProjectionRefusal.class);
        if (projection.isPresent()) {
            ProjectionRefusal refusal = projection.get();
            return refusal.reason() == ProjectionRefusal.Reason.UNKNOWN
                    ? handleExceptionInternal(
                            e,
                            Problems.unknownProjection(refusal.name(), refusal.detail()),
                            null,
                            HttpStatus.NOT_FOUND,
                            exchange)
                    : handleExceptionInternal(
                            e,
                            Problems.rebuildConflict(refusal.name(), refusal.detail()),
                            null,
                            HttpStatus.CONFLICT,
                            exchange);
        }
        Optional<TooBusy> busy = details(e, TooBusy.class);
        if (busy.isPresent()) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(busy.get().retryAfterSeconds()));
            return handleExceptionInternal(
                    e, Problems.tooBusy(busy.get().detail()), headers, HttpStatus.SERVICE_UNAVAILABLE, exchange);
        }
        log.error(
                "{} {} failed",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(),
                e);
        return handleExceptionInternal(
                e,
                Problems.serverFailure(HttpStatus.INTERNAL_SERVER_ERROR),
                null,
                HttpStatus.INTERNAL_SERVER_ERROR,
                exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleMissingRequestValueException(
            MissingRequestValueException e, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        return handleExceptionInternal(
                e, Problems.badParameter(e.getName(), e.getName() + " is required"), headers, status, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        HttpHeaders problemHeaders = new HttpHeaders();
        if (headers != null) {
            problemHeaders.addAll(headers);
        }
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        }
        return Mono.just(new ResponseEntity<>(body, problemHeaders, status));
    }

    private static <T> Optional<T> details(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HandlerExecutionException execution
                    && type.isInstance(execution.getDetails().orElse(null))) {
                return Optional.of(type.cast(execution.getDetails().orElseThrow()));
            }
        }
        return Optional.empty();
    }
}
