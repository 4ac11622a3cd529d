package com.frgm.dashboard.app.it.fuzz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The content of good files, built so that their effect is easy to state: the {@code n}-th good
 * file of a kind moves every value it carries, so each market-data row is a changed quote and
 * each snapshot amends every order and fills one more lot of it.
 */
final class GoodFiles {

    static final List<String> INSTRUMENTS = List.of("FUZZ0", "FUZZ1", "FUZZ2", "FUZZ3", "FUZZ4");
    static final List<String> ACCOUNTS = List.of("FA1", "FA2");
    /** Positions and orders use the first instruments only, so every key they touch has a ladder too. */
    static final List<String> BOOK_INSTRUMENTS = INSTRUMENTS.subList(0, 2);

    static final List<Order> ORDERS = List.of(
            new Order("FO1", "FA1", "FUZZ0", "BUY"), new Order("FO2", "FA1", "FUZZ1", "SELL"),
            new Order("FO3", "FA2", "FUZZ0", "SELL"), new Order("FO4", "FA2", "FUZZ1", "BUY"),
            new Order("FO5", "FA1", "FUZZ0", "BUY"), new Order("FO6", "FA2", "FUZZ1", "SELL"));
    static final long ORDER_QTY = 100_000;

    private static final BigDecimal TICK = new BigDecimal("0.015625");

    record Order(String id, String account, String instrument, String side) {
        long signed(long qty) {
            return side.equals("BUY") ? qty : -qty;
        }
    }

    private GoodFiles() {}

    static BigDecimal bid(int n, int instrument) {
        return BigDecimal.valueOf(100 + instrument).add(TICK.multiply(BigDecimal.valueOf(n)));
    }

    static BigDecimal ask(int n, int instrument) {
        return bid(n, instrument).add(TICK);
    }

    static String marketData(int n, Instant time) {
        StringBuilder csv = new StringBuilder("instrument,timestamp,bid,bid_size,ask,ask_size,price,volume\n");
        for (int i = 0; i < INSTRUMENTS.size(); i++) {
            csv.append(INSTRUMENTS.get(i))
                    .append(',')
                    .append(time)
                    .append(',')
                    .append(bid(n, i))
                    .append(",10,")
                    .append(ask(n, i))
                    .append(",12,")
                    .append(bid(n, i))
                    .append(',')
                    .append(n)
                    .append('\n');
        }
        return csv.toString();
    }

    static long position(int n, int account, int instrument) {
        return (n + 1L) * (account + 1) * (instrument == 0 ? 1 : -1);
    }

    static String startOfDay(int n) {
        StringBuilder csv = new StringBuilder("account,instrument,position,avg_price\n");
        forEachPair((a, i) -> csv.append(ACCOUNTS.get(a))
                .append(',')
                .append(BOOK_INSTRUMENTS.get(i))
                .append(',')
                .append(position(n, a, i))
                .append(',')
                .append(bid(n, i))
                .append('\n'));
        return csv.toString();
    }

    static String endOfDay(int n) {
        StringBuilder csv = new StringBuilder("account,instrument,position,settle_price,pnl\n");
        forEachPair((a, i) -> csv.append(ACCOUNTS.get(a))
                .append(',')
                .append(BOOK_INSTRUMENTS.get(i))
                .append(',')
                .append(position(n, a, i))
                .append(',')
                .append(bid(n, i))
                .append(",-")
                .append(n)
                .append('\n'));
        return csv.toString();
    }

    static BigDecimal orderPrice(int n) {
        return new BigDecimal("110").add(TICK.multiply(BigDecimal.valueOf(n)));
    }

    /** The n-th good snapshot: every order at a new price, with n lots filled. */
    static String snapshot(int n) {
        StringBuilder json = new StringBuilder("[");
        for (Order order : ORDERS) {
            json.append(json.length() > 1 ? ",\n " : "")
                    .append("{\"order_id\": \"")
                    .append(order.id())
                    .append("\", \"account\": \"")
                    .append(order.account())
                    .append("\", \"instrument\": \"")
                    .append(order.instrument())
                    .append("\", \"side\": \"")
                    .append(order.side())
                    .append("\", \"price\": ")
                    .append(orderPrice(n))
                    .append(", \"qty\": ")
                    .append(ORDER_QTY)
                    .append(", \"filled_qty\": ")
                    .append(n)
                    .append(", \"status\": \"WORKING\"}");
        }
        return json.append("]\n").toString();
    }

    private interface PairConsumer {
        void accept(int account, int instrument);
    }

    private static void forEachPair(PairConsumer consumer) {
        for (int a = 0; a < ACCOUNTS.size(); a++) {
            for (int i = 0; i < BOOK_INSTRUMENTS.size(); i++) {
                consumer.accept(a, i);
            }
        }
    }
}
