package com.frgm.dashboard.ui.problem;

import java.net.URI;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.autoconfigure.web.reactive.error.AbstractErrorWebExceptionHandler;
import org.springframework.boot.web.reactive.error.ErrorAttributes;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Problems for what fails outside the endpoints ({@link ApiErrors} answers those): a web filter,
 * or an error handler itself. Takes the place of Spring Boot's error handler, whose body has
 * another shape; 5xx are logged by the base class.
 */
@Component
@Order(-2)
class LastResortErrors extends AbstractErrorWebExceptionHandler {

    LastResortErrors(
            ErrorAttributes errorAttributes,
            WebProperties webProperties,
            ApplicationContext context,
            ServerCodecConfigurer codecs) {
        super(errorAttributes, webProperties.getResources(), context);
        setMessageWriters(codecs.getWriters());
        setMessageReaders(codecs.getReaders());
    }

    @Override
    protected RouterFunction<ServerResponse> getRoutingFunction(ErrorAttributes errorAttributes) {
        return RouterFunctions.route(RequestPredicates.all(), this::problem);
    }

    private Mono<ServerResponse> problem(ServerRequest request) {
        Throwable error = getError(request);
        HttpStatusCode status =
                error instanceof ErrorResponse response ? response.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = error instanceof ErrorResponse response && !status.is5xxServerError()
                ? response.getBody()
                : Problems.serverFailure(status);
        problem.setInstance(URI.create(request.path()));
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem);
    }
}
