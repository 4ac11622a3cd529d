package com.frgm.dashboard.ui.page;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The replay page at {@code /replay} ({@code static/replay.html}; its script and styles are files
 * beside it, never inline, so a content security policy can forbid inline code).
 */
@Controller
class ReplayPageController {

    private static final Resource PAGE = new ClassPathResource("static/replay.html");

    @GetMapping(path = "/replay", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    Resource page() {
        return PAGE;
    }
}
