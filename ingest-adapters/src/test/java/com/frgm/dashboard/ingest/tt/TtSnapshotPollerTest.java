package com.frgm.dashboard.ingest.tt;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.ingest.tt.TtStub.Answer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TtSnapshotPollerTest {

    static final String ORDERS = """
            {"status":"Ok","lastPage":"true","orders":[
              {"orderId":"ord-2","accountId":77001,"instrumentId":"5213951034566871234","securityDescription":"ZN Mar24",
               "side":"2","price":112.5,"orderQty":5,"cumulatedQuantity":2,"leavesQuantity":3,"orderStatus":"1",
               "dateTime":1705315190123456789},
              {"orderId":"ord-1","accountName":"FRGM01","instrumentId":"5213951034566871234","securityDescription":"ZN Mar24",
               "side":"1","price":112.46875,"orderQty":10,"cumulatedQuantity":0,"leavesQuantity":10,"orderStatus":"0",
               "dateTime":1705315200000000000},
              {"orderId":"ord-3","accountName":"FRGM01","instrumentId":"42","side":"1","price":1,"orderQty":1,
               "cumulatedQuantity":1,"leavesQuantity":0,"orderStatus":"2"},
              {"orderId":"ord-4","accountName":"FRGM01","instrumentId":"42","side":"1","price":1,"orderQty":4,
               "orderStatus":"4"}
            ]}""";

    @TempDir
    Path tempDir;

    TtPollerFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new TtPollerFixture(tempDir);
        f.stub.orders = ORDERS;
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void writesTheWorkingOrdersAsAFeedsSnapshotUnderTheSnapshotTimeKey() throws Exception {
        String key = f.poller().pollOnce().orElseThrow();

        assertThat(key).isEqualTo("working-orders/2024/01/15/orders_snapshot_1705315200.json");
        List<Map<String, Object>> orders = f.readSnapshot(key);
        assertThat(orders)
                .containsExactly(
                        Map.of(
                                "order_id",
                                "ord-1",
                                "account",
                                "FRGM01",
                                "instrument",
                                "ZNH24",
                                "side",
                                "BUY",
                                "price",
                                112.46875,
                                "qty",
                                10,
                                "filled_qty",
                                0,
                                "status",
                                "WORKING",
                                "updated_at",
                                "2024-01-15T10:40:00Z"),
                        Map.of(
                                "order_id",
                                "ord-2",
                                "account",
                                "77001",
                                "instrument",
                                "ZNH24",
                                "side",
                                "SELL",
                                "price",
                                112.5,
                                "qty",
                                5,
                                "filled_qty",
                                2,
                                "status",
                                "WORKING",
                                "updated_at",
                                "2024-01-15T10:39:50.123456789Z"));
        assertThat(f.filesInBucket()).containsExactly(f.bucketDir.resolve(key));
        assertThat(f.counter("frgm.tt.snapshots.written")).isEqualTo(1);
    }

    @Test
    void sendsTtsTokenAndOrdersRequestsAsDocumented() throws Exception {
        f.poller().pollOnce();

        TtStub.Request token = f.stub.requests("/token").get(0);
        assertThat(token.method()).isEqualTo("POST");
        assertThat(token.header("x-api-key")).isEqualTo(TtStub.API_KEY);
        assertThat(token.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(URLDecoder.decode(token.body(), StandardCharsets.UTF_8))
                .isEqualTo("grant_type=user_app&app_key=" + TtStub.API_KEY + ":" + TtStub.API_SECRET);
        TtStub.Request orders = f.stub.requests("/orders").get(0);
        assertThat(orders.method()).isEqualTo("GET");
        assertThat(orders.header("x-api-key")).isEqualTo(TtStub.API_KEY);
        assertThat(orders.header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(orders.query()).matches("requestId=frgmtest-frgm--[0-9a-f-]{36}");
        assertThat(token.query())
                .matches("requestId=frgmtest-frgm--[0-9a-f-]{36}")
                .isNotEqualTo(orders.query());
    }

    @Test
    void anEmptyOrderListIsAnEmptySnapshot() throws Exception {
        f.stub.orders = "{\"status\":\"Ok\",\"lastPage\":\"true\",\"orders\":[]}";

        String key = f.poller().pollOnce().orElseThrow();

        assertThat(f.readSnapshot(key)).isEmpty();
    }

    @Test
    void followsPagesSoTheSnapshotIsComplete() throws Exception {
        f.stub.scriptOrders(Answer.ok("""
                {"lastPage":"false","nextPageKey":"page 2","orders":[{"orderId":"a","accountName":"X","instrumentId":"1",
                 "side":"1","price":1,"orderQty":1}]}"""));
        f.stub.orders = """
                {"lastPage":"true","orders":[{"orderId":"b","accountName":"X","instrumentId":"1","side":"2","price":2,
                 "orderQty":3}]}""";

        String key = f.poller().pollOnce().orElseThrow();

        assertThat(f.readSnapshot(key)).extracting(o -> o.get("order_id")).containsExactly("a", "b");
        assertThat(f.stub.requests("/orders").get(1).query()).startsWith("nextPageKey=page+2&requestId=");
    }

    @Test
    void skipsAnOrderItCannotMapAndKeepsTheRest() throws Exception {
        f.stub.orders = """
                {"lastPage":"true","orders":[
                 {"orderId":"good","accountName":"X","instrumentId":"1","side":"1","price":1,"orderQty":1},
                 {"orderId":"no-price","accountName":"X","instrumentId":"1","side":"1","orderQty":1},
                 {"orderId":"odd-side","accountName":"X","instrumentId":"1","side":"9","price":1,"orderQty":1}]}""";

        String key = f.poller().pollOnce().orElseThrow();

        assertThat(f.readSnapshot(key)).extracting(o -> o.get("order_id")).containsExactly("good");
        assertThat(f.counter("frgm.tt.orders.skipped")).isEqualTo(2);
    }
}
