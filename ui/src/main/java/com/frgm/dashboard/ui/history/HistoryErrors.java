package com.frgm.dashboard.ui.history;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused history requests as {@code {"message": "..."}} with 400. */
@RestControllerAdvice(assignableTypes = HistoryController.class)
class HistoryErrors {

    @ExceptionHandler
    ResponseEntity<Map<String, String>> badRequest(BadHistoryRequestException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** The query side refuses a cursor it never handed out with an IllegalArgumentException. */
    @ExceptionHandler
    ResponseEntity<Map<String, String>> failed(Exception e) throws Exception {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null
                    && cause.getMessage().startsWith("cursor")) {
                return answer(HttpStatus.BAD_REQUEST, cause.getMessage());
            }
        }
        throw e;
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
    }
}
