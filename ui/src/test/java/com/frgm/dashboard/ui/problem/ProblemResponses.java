package com.frgm.dashboard.ui.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What every refusal of the API looks like: an RFC 9457 problem, in full. */
public final class ProblemResponses {

    private ProblemResponses() {}

    /** A {@code bad-parameter} problem naming {@code parameter}, whose detail contains {@code detail}. */
    public static void assertBadParameter(
            WebTestClient.ResponseSpec response, String instance, String parameter, String detail) {
        assertProblem(response, HttpStatus.BAD_REQUEST, "/problems/bad-parameter", "Bad parameter", instance)
                .jsonPath("$.parameter")
                .isEqualTo(parameter)
                .jsonPath("$.detail")
                .value(text -> assertThat((String) text).contains(detail));
    }

    /** Status, problem content type, and every standard member of the body. */
    public static WebTestClient.BodyContentSpec assertProblem(
            WebTestClient.ResponseSpec response, HttpStatus status, String type, String title, String instance) {
        return response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(type)
                .jsonPath("$.title")
                .isEqualTo(title)
                .jsonPath("$.status")
                .isEqualTo(status.value())
                .jsonPath("$.detail")
                .isNotEmpty()
                .jsonPath("$.instance")
                .isEqualTo(instance);
    }
}
