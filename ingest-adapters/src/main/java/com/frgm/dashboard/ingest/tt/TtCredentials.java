package com.frgm.dashboard.ingest.tt;

/** A TT application key and secret. {@link #toString()} never shows either. */
public record TtCredentials(String apiKey, String apiSecret) {

    public TtCredentials {
        if (TtPollerProperties.blank(apiKey) || TtPollerProperties.blank(apiSecret)) {
            throw new IllegalArgumentException("TT api key and api secret must both be set");
        }
    }

    /** TT's token form field: {@code app_key=<key>:<secret>}. */
    String appKeyField() {
        return apiKey + ":" + apiSecret;
    }

    @Override
    public String toString() {
        return "TtCredentials[apiKey=***, apiSecret=***]";
    }
}
