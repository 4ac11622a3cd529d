package com.frgm.dashboard.ingest.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The demo's trading account, {@value #ACCOUNT}: a start-of-day file with a small ZN book, the
 * previous business day's end-of-day file with its settlement prices, and TT working-order
 * snapshots whose orders, priced at the demo market's bid or offer, fill over time. The position
 * files are the same for the same date, so a restart delivers them as duplicates.
 */
final class DemoAccount {

    static final String ACCOUNT = "DEMO01";
    private static final int WORKING = 3;
    /** The future's mid when the demo market starts (110.5 bid, 110.515625 offered). */
    private static final double START_FORWARD = 110.5078125;

    private final DemoMarket market;
    private final RandomGenerator random;
    /** Order ids carry the run's start, so a restarted demo never reuses an earlier run's id. */
    private final String idPrefix;

    private final List<Order> orders = new ArrayList<>();
    private long nextId = 1;

    DemoAccount(DemoMarket market, RandomGenerator random, Instant startedAt) {
        this.market = market;
        this.random = random;
        this.idPrefix = "DEMO-" + startedAt.getEpochSecond() + "-";
    }

    String startOfDay() {
        StringBuilder csv = new StringBuilder("account,instrument,position,avg_price\n");
        for (Holding holding : holdings()) {
            csv.append(ACCOUNT)
                    .append(',')
                    .append(holding.instrument())
                    .append(',')
                    .append(holding.position())
                    .append(',')
                    .append(holding.settle().toPlainString())
                    .append('\n');
        }
        return csv.toString();
    }

    String endOfDay() {
        StringBuilder csv = new StringBuilder("account,instrument,position,settle_price\n");
        for (Holding holding : holdings()) {
            csv.append(ACCOUNT)
                    .append(',')
                    .append(holding.instrument())
                    .append(',')
                    .append(holding.position())
                    .append(',')
                    .append(holding.settle().toPlainString())
                    .append('\n');
        }
        return csv.toString();
    }

    /** Fills some of the working orders, drops those filled in the last snapshot, and adds new ones. */
    String snapshot(Instant now) {
        for (Iterator<Order> it = orders.iterator(); it.hasNext(); ) {
            Order order = it.next();
            if (order.filled == order.qty) {
                it.remove();
            } else if (random.nextBoolean()) {
                order.filled += 1 + random.nextInt(order.qty - order.filled);
            }
        }
        List<Holding> holdings = holdings();
        while (orders.size() < WORKING) {
            String instrument = holdings.get(random.nextInt(holdings.size())).instrument();
            BigDecimal[] quote = market.lastQuote(instrument);
            if (quote == null) {
                break;
            }
            boolean buy = random.nextBoolean();
            orders.add(
                    new Order(idPrefix + nextId++, instrument, buy, buy ? quote[0] : quote[1], 1 + random.nextInt(10)));
        }
        StringBuilder json = new StringBuilder("[");
        for (Order order : orders) {
            json.append(json.length() > 1 ? ",\n" : "\n").append(order.json(now));
        }
        return json.append("\n]\n").toString();
    }

    /** The previous business day: Friday for a Monday. */
    static LocalDate previousBusinessDay(LocalDate date) {
        LocalDate previous = date.minusDays(1);
        while (previous.getDayOfWeek().getValue() > 5) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    private List<Holding> holdings() {
        String future = market.future();
        return List.of(
                new Holding(future, 25, new BigDecimal("110.5")),
                option(future, 111, true, -40),
                option(future, 110, false, 35),
                option(future, 112, true, 15));
    }

    private static Holding option(String future, int strike, boolean call, long position) {
        return new Holding(
                DemoMarket.option(future, strike, call),
                position,
                DemoMarket.price(DemoMarket.optionBidTicks(START_FORWARD, strike, call)));
    }

    private record Holding(String instrument, long position, BigDecimal settle) {}

    private static final class Order {
        private final String id;
        private final String instrument;
        private final boolean buy;
        private final BigDecimal price;
        private final int qty;
        private int filled;

        Order(String id, String instrument, boolean buy, BigDecimal price, int qty) {
            this.id = id;
            this.instrument = instrument;
            this.buy = buy;
            this.price = price;
            this.qty = qty;
        }

        String json(Instant now) {
            return "{\"order_id\":\"" + id + "\",\"account\":\"" + ACCOUNT + "\",\"instrument\":\"" + instrument
                    + "\",\"side\":\"" + (buy ? "BUY" : "SELL") + "\",\"price\":" + price.toPlainString()
                    + ",\"qty\":" + qty + ",\"filled_qty\":" + filled + ",\"status\":\""
                    + (filled == qty ? "FILLED" : "WORKING") + "\",\"updated_at\":\"" + now + "\"}";
        }
    }
}
