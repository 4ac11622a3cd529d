package com.frgm.dashboard.api;

/**
 * Why a query handler refused a query: {@code parameter} names the query's field the caller got
 * wrong, {@code detail} says what would be right. Carried as the details of Axon's
 * {@code QueryExecutionException}, so that it reaches the asking side by type, across the query
 * bus, and that side can answer the caller with a bad-request problem that names the parameter.
 */
public record RefusedParameter(String parameter, String detail) {}
