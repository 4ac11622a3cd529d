package com.frgm.dashboard.api.risk;

/** The limits an account can breach: the absolute delta (in underlying contracts) and the loss since start of day. */
public enum RiskLimitKind {
    DELTA,
    LOSS
}
