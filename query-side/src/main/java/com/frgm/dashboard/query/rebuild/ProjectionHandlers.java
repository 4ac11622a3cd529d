package com.frgm.dashboard.query.rebuild;

import com.frgm.dashboard.api.projections.CancelRebuildCommand;
import com.frgm.dashboard.api.projections.FetchProjectionQuery;
import com.frgm.dashboard.api.projections.FetchProjectionsQuery;
import com.frgm.dashboard.api.projections.ProjectionView;
import com.frgm.dashboard.api.projections.ProjectionsView;
import com.frgm.dashboard.api.projections.StartRebuildCommand;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;

/**
 * The projection registry on the buses: queries read it, commands start and cancel rebuilds. A
 * refusal travels as the details of Axon's execution exception, as the other refusals do.
 */
public class ProjectionHandlers {

    private final ProjectionRebuilds rebuilds;

    public ProjectionHandlers(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @QueryHandler
    ProjectionsView handle(FetchProjectionsQuery query) {
        return new ProjectionsView(rebuilds.views());
    }

    @QueryHandler
    ProjectionView handle(FetchProjectionQuery query) {
        try {
            return rebuilds.view(query.name());
        } catch (ProjectionRebuilds.RefusedException e) {
            throw new QueryExecutionException(e.getMessage(), null, e.refusal());
        }
    }

    @CommandHandler
    ProjectionView handle(StartRebuildCommand command) {
        return refusingAsCommand(() -> rebuilds.start(command.name()));
    }

    @CommandHandler
    ProjectionView handle(CancelRebuildCommand command) {
        return refusingAsCommand(() -> rebuilds.cancel(command.name()));
    }

    private static ProjectionView refusingAsCommand(Supplier<ProjectionView> action) {
        try {
            return action.get();
        } catch (ProjectionRebuilds.RefusedException e) {
            throw new CommandExecutionException(e.getMessage(), null, e.refusal());
        }
    }
}
