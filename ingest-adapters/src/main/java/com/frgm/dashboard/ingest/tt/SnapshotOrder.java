package com.frgm.dashboard.ingest.tt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** One order in a docs/feeds.md section 5 working-order snapshot, with that section's field names. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"order_id", "account", "instrument", "side", "price", "qty", "filled_qty", "status", "updated_at"})
public record SnapshotOrder(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("account") String account,
        @JsonProperty("instrument") String instrument,
        @JsonProperty("side") String side,
        @JsonProperty("price") BigDecimal price,
        @JsonProperty("qty") long qty,
        @JsonProperty("filled_qty") long filledQty,
        @JsonProperty("status") String status,
        @JsonProperty("updated_at") String updatedAt) {}
