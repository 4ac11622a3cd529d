package com.frgm.dashboard.api.projections;

/**
 * Why a projection query or command was refused, carried as the details of Axon's execution
 * exception (as {@code RefusedParameter} is): {@code unknown} (no projection of that name) or
 * {@code conflict} (a rebuild already runs, none runs to cancel, or it cannot be cancelled).
 */
public record ProjectionRefusal(Reason reason, String name, String detail) {

    public enum Reason {
        UNKNOWN,
        CONFLICT
    }
}
