package com.frgm.dashboard.ui.ladder;

import com.frgm.dashboard.ui.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The query side has no ladder for the instrument because no quote arrived yet: a {@code no-quote-yet} problem. */
class NoQuoteYetException extends ErrorResponseException {

    NoQuoteYetException(String instrument) {
        super(HttpStatus.NOT_FOUND, Problems.noQuoteYet(instrument), null);
    }
}
