package com.frgm.dashboard.ingest.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A plausible ZN book: the future walks on its 1/64 tick with ten levels a side, and a strip of
 * calls and puts follows it. Produces one market-data CSV per call; state carries over.
 */
final class DemoMarket {

    static final BigDecimal TICK = new BigDecimal("0.015625");
    private static final String HEADER = "instrument,timestamp,bid,bid_size,ask,ask_size,price,volume," + depthHeader()
            + "delta,gamma,vega,theta,underlying,tick_size,multiplier";
    static final List<Integer> STRIKES = List.of(109, 110, 111, 112, 113);

    private final String future;
    private final RandomGenerator random;
    private long bidTicks;
    private long volume;
    /** Each instrument's best bid and offer in the last file, for the demo account's orders. */
    private final Map<String, BigDecimal[]> lastQuotes = new HashMap<>();

    DemoMarket(String future, BigDecimal startPrice, RandomGenerator random) {
        this.future = future;
        this.random = random;
        this.bidTicks = startPrice.divide(TICK, 0, RoundingMode.HALF_UP).longValueExact();
        this.volume = 10_000 + random.nextInt(5_000);
    }

    String nextFile(Instant now) {
        bidTicks += random.nextInt(3) - 1;
        volume += random.nextInt(250);
        StringBuilder csv = new StringBuilder(4096).append(HEADER).append('\n');
        BigDecimal bid = price(bidTicks);
        BigDecimal ask = price(bidTicks + 1);
        BigDecimal last = random.nextBoolean() ? bid : ask;
        lastQuotes.put(future, new BigDecimal[] {bid, ask});
        csv.append(future)
                .append(',')
                .append(now)
                .append(',')
                .append(bid.toPlainString())
                .append(',')
                .append(size())
                .append(',')
                .append(ask.toPlainString())
                .append(',')
                .append(size())
                .append(',')
                .append(last.toPlainString())
                .append(',')
                .append(volume)
                .append(',');
        for (int level = 2; level <= 10; level++) {
            csv.append(price(bidTicks - level + 1).toPlainString())
                    .append(',')
                    .append(size())
                    .append(',')
                    .append(price(bidTicks + level).toPlainString())
                    .append(',')
                    .append(size())
                    .append(',');
        }
        csv.append("1,0,0,0,,").append(TICK.toPlainString()).append(",1000\n");
        BigDecimal forward = bid.add(ask).divide(BigDecimal.valueOf(2), 8, RoundingMode.HALF_UP);
        for (int strike : STRIKES) {
            appendOption(csv, now, forward, strike, true);
            appendOption(csv, now, forward, strike, false);
        }
        return csv.toString();
    }

    /** The future's name, and each option's: {@code ZNH27 C111}. */
    String future() {
        return future;
    }

    static String option(String future, int strike, boolean call) {
        return future + (call ? " C" : " P") + strike;
    }

    /** The instrument's best bid and offer in the last file, or null before it was quoted. */
    BigDecimal[] lastQuote(String instrument) {
        return lastQuotes.get(instrument);
    }

    /** An option's bid, in ticks, with the future at {@code forward}: intrinsic value plus a smooth time value. */
    static long optionBidTicks(double forward, int strike, boolean call) {
        double moneyness = forward - strike;
        double intrinsic = Math.max(call ? moneyness : -moneyness, 0);
        double value = intrinsic + 0.45 * Math.exp(-Math.abs(moneyness) / 1.2);
        return Math.max(1, (long) Math.floor(value / TICK.doubleValue()));
    }

    private void appendOption(StringBuilder csv, Instant now, BigDecimal forward, int strike, boolean call) {
        double moneyness = forward.doubleValue() - strike;
        long bidTick = optionBidTicks(forward.doubleValue(), strike, call);
        double delta = call ? 0.5 + 0.5 * Math.tanh(moneyness) : -0.5 + 0.5 * Math.tanh(moneyness);
        lastQuotes.put(option(future, strike, call), new BigDecimal[] {price(bidTick), price(bidTick + 1)});
        csv.append(future)
                .append(call ? " C" : " P")
                .append(strike)
                .append(',')
                .append(now)
                .append(',')
                .append(price(bidTick).toPlainString())
                .append(',')
                .append(size() / 10)
                .append(',')
                .append(price(bidTick + 1).toPlainString())
                .append(',')
                .append(size() / 10)
                .append(',')
                .append(price(bidTick).toPlainString())
                .append(',')
                .append(volume / 20)
                .append(',')
                .append(",".repeat(36))
                .append(String.format(Locale.ROOT, "%.4f,0.31,0.08,-0.01,", delta))
                .append(future)
                .append(',')
                .append(TICK.toPlainString())
                .append(",1000\n");
    }

    private long size() {
        return 50 + random.nextInt(1_450);
    }

    static BigDecimal price(long ticks) {
        return TICK.multiply(BigDecimal.valueOf(ticks)).stripTrailingZeros();
    }

    private static String depthHeader() {
        StringBuilder header = new StringBuilder();
        for (int level = 2; level <= 10; level++) {
            header.append("bid_")
                    .append(level)
                    .append(",bid_size_")
                    .append(level)
                    .append(",ask_")
                    .append(level)
                    .append(",ask_size_")
                    .append(level)
                    .append(',');
        }
        return header.toString();
    }
}
