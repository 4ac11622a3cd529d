package com.frgm.dashboard.ui.projections;

import com.frgm.dashboard.api.projections.CancelRebuildCommand;
import com.frgm.dashboard.api.projections.FetchProjectionQuery;
import com.frgm.dashboard.api.projections.FetchProjectionsQuery;
import com.frgm.dashboard.api.projections.ProjectionView;
import com.frgm.dashboard.api.projections.ProjectionsView;
import com.frgm.dashboard.api.projections.StartRebuildCommand;
import com.frgm.dashboard.ui.query.Commands;
import com.frgm.dashboard.ui.query.Queries;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Projections and their rebuilds (ADR 0024): state and progress of each, a rebuild started (202,
 * followed at the projection's own address) or cancelled. An unknown name is an
 * {@code unknown-projection} problem (404), a second rebuild a {@code rebuild-conflict} (409).
 */
@RestController
class ProjectionsController {

    private final Queries queries;
    private final Commands commands;

    ProjectionsController(Queries queries, Commands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping(path = "/api/projections", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ProjectionsView> projections() {
        return queries.query(new FetchProjectionsQuery(), ProjectionsView.class);
    }

    @GetMapping(path = "/api/projections/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ProjectionView> projection(@PathVariable String name) {
        return queries.query(new FetchProjectionQuery(name), ProjectionView.class);
    }

    @PostMapping(path = "/api/projections/{name}/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ProjectionView>> rebuild(@PathVariable String name) {
        return commands.<ProjectionView>send(new StartRebuildCommand(name))
                .map(view -> ResponseEntity.accepted()
                        .location(URI.create("/api/projections/" + view.name()))
                        .body(view));
    }

    @DeleteMapping(path = "/api/projections/{name}/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ProjectionView> cancel(@PathVariable String name) {
        return commands.send(new CancelRebuildCommand(name));
    }
}
