package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.api.risk.CheckRiskLimitsCommand;
import com.frgm.dashboard.api.risk.FetchRiskQuery;
import com.frgm.dashboard.api.risk.PnlPoint;
import com.frgm.dashboard.api.risk.RiskLimitBreach;
import com.frgm.dashboard.api.risk.RiskLimitKind;
import com.frgm.dashboard.api.risk.RiskLimitsIds;
import com.frgm.dashboard.api.risk.RiskTotal;
import com.frgm.dashboard.api.risk.RiskView;
import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes every account's risk each {@code frgm.risk.check-interval} and, where an account's side
 * of a limit differs from the open breaches recorded, tells the account's limits aggregate, which
 * records the crossing as an event. Every dashboard node runs one: they read the same Redis, and the
 * aggregate records each crossing once. Also samples each account's P&amp;L for the day's chart.
 */
public class RiskMonitor extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(RiskMonitor.class);
    /** A check not yet reflected in the breaches (projection lag, a lost race) is sent again after this. */
    private static final Duration RESEND_AFTER = Duration.ofSeconds(5);

    private final RiskProjection risk;
    private final RiskLimitStore limits;
    private final PnlStore pnl;
    private final CommandGateway commands;
    private final RiskProperties properties;
    private final Clock clock;
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();

    public RiskMonitor(
            RiskProjection risk,
            RiskLimitStore limits,
            PnlStore pnl,
            CommandGateway commands,
            RiskProperties properties,
            Clock clock) {
        super("risk-monitor");
        this.risk = risk;
        this.limits = limits;
        this.pnl = pnl;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    /** One pass; visible for tests. */
    public void check() {
        RiskView view = risk.handle(new FetchRiskQuery(null));
        Instant now = clock.instant();
        Map<String, RiskTotal> totals =
                view.accounts().stream().collect(Collectors.toMap(a -> a.account(), a -> a.total()));
        Set<String> open = new HashSet<>();
        Set<String> accounts = new TreeSet<>(totals.keySet());
        accounts.addAll(properties.limits().keySet());
        for (RiskLimitBreach breach : limits.openBreaches()) {
            open.add(breach.account() + "|" + breach.limit());
            accounts.add(breach.account());
        }
        for (String account : accounts) {
            RiskTotal total = totals.get(account);
            BigDecimal delta = total == null ? BigDecimal.ZERO : total.delta();
            BigDecimal result = total == null ? BigDecimal.ZERO : total.pnl();
            RiskProperties.Limits limit = properties.limitsOf(account);
            boolean deltaBeyond = limit.maxDelta() != null && delta.abs().compareTo(limit.maxDelta()) > 0;
            boolean lossBeyond = limit.maxLoss() != null && result.negate().compareTo(limit.maxLoss()) > 0;
            if (deltaBeyond == open.contains(account + "|" + RiskLimitKind.DELTA)
                    && lossBeyond == open.contains(account + "|" + RiskLimitKind.LOSS)) {
                sent.remove(account);
                continue;
            }
            Sent wanted = new Sent(deltaBeyond, lossBeyond, now);
            Sent last = sent.get(account);
            if (last != null
                    && last.sameAs(wanted)
                    && last.at().plus(RESEND_AFTER).isAfter(now)) {
                continue;
            }
            sent.put(account, wanted);
            commands.send(new CheckRiskLimitsCommand(
                            RiskLimitsIds.of(account),
                            account,
                            view.eventSequence(),
                            now,
                            delta,
                            result,
                            limit.maxDelta(),
                            limit.maxLoss()))
                    .whenComplete((events, failure) -> {
                        if (failure != null) {
                            // Another node recorded the crossing first, or the store is away: checked again next pass.
                            log.info("Risk limit check of {} not recorded: {}", account, failure.toString());
                        }
                    });
        }
        sample(view, now);
    }

    private void sample(RiskView view, Instant now) {
        if (view.startOfDayDate() == null) {
            return;
        }
        long step = Math.max(1, properties.pnlSampleInterval().toSeconds());
        Instant bucket = Instant.ofEpochSecond(now.getEpochSecond() / step * step);
        view.accounts()
                .forEach(account -> pnl.record(
                        view.startOfDayDate(),
                        account.account(),
                        new PnlPoint(bucket, account.total().pnl())));
    }

    @Override
    protected void runOnce() {
        check();
    }

    @Override
    protected Duration pause() {
        return properties.checkInterval();
    }

    @Override
    protected String describe() {
        return "risk monitor (every " + properties.checkInterval() + ")";
    }

    private record Sent(boolean deltaBeyond, boolean lossBeyond, Instant at) {

        boolean sameAs(Sent other) {
            return deltaBeyond == other.deltaBeyond && lossBeyond == other.lossBeyond;
        }
    }
}
