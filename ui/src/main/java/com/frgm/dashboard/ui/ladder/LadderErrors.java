package com.frgm.dashboard.ui.ladder;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the ladder's refusals into JSON answers, also on the event-stream endpoint. */
@RestControllerAdvice(assignableTypes = {LadderController.class, OrdersController.class})
class LadderErrors {

    @ExceptionHandler
    ResponseEntity<ErrorMessage> invalidInstrument(InvalidInstrumentException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ErrorMessage> noQuoteYet(NoQuoteYetException e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage());
    }

    // The content type is set explicitly because a client of the stream asked for
    // text/event-stream only, and the refusal must still be readable JSON.
    private static ResponseEntity<ErrorMessage> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorMessage(message));
    }
}
