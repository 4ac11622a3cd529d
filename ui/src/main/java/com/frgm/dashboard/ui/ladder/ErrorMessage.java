package com.frgm.dashboard.ui.ladder;

/** The JSON body of a refused ladder request: {@code {"message": "..."}}. */
record ErrorMessage(String message) {
}
