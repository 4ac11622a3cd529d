package com.frgm.dashboard.ui.risk;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused account name as JSON {@code {"message"}}, also on the event-stream endpoints. */
@RestControllerAdvice(assignableTypes = RiskController.class)
class RiskErrors {

    @ExceptionHandler
    ResponseEntity<Map<String, String>> invalidName(IllegalArgumentException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("message", e.getMessage()));
    }
}
