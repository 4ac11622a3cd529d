package com.frgm.dashboard.eventstore.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The two object stores, as the TT poller and the archive write into them. */
class ObjectStoresTest {

    static final String KEY = "working-orders/2024/01/15/orders_snapshot_1705315200.json";

    /** Just enough S3Client to see what the sink puts. */
    static final class FakeS3 implements S3Client {
        final List<PutObjectRequest> puts = new ArrayList<>();
        final List<String> bodies = new ArrayList<>();
        boolean fail;

        @Override
        public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
            if (fail) {
                throw S3Exception.builder()
                        .message("Access Denied")
                        .statusCode(403)
                        .build();
            }
            puts.add(request);
            try (var in = body.contentStreamProvider().newStream()) {
                bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return PutObjectResponse.builder().eTag("\"1\"").build();
        }

        @Override
        public String serviceName() {
            return "s3";
        }

        @Override
        public void close() {}
    }

    @Test
    void putsAnObjectIntoTheBucketUnderItsKey() {
        FakeS3 s3 = new FakeS3();

        new S3ObjectStore(s3, "frgm-tt-dev", "").put(KEY, "[]".getBytes(StandardCharsets.UTF_8));

        assertThat(s3.puts).singleElement().satisfies(put -> {
            assertThat(put.bucket()).isEqualTo("frgm-tt-dev");
            assertThat(put.key()).isEqualTo(KEY);
            assertThat(put.contentType()).isEqualTo("application/json");
        });
        assertThat(s3.bodies).containsExactly("[]");
    }

    @Test
    void anS3ErrorReachesTheCaller() {
        FakeS3 s3 = new FakeS3();
        s3.fail = true;

        assertThatThrownBy(() -> new S3ObjectStore(s3, "frgm-tt-dev", "").put(KEY, new byte[0]))
                .isInstanceOf(S3Exception.class)
                .hasMessageContaining("Access Denied");
    }

    @Test
    void aDirectoryRenamesIntoPlaceAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path bucket = dir.resolve("inbox/frgm-tt-dev");
        FileObjectStore store = new FileObjectStore(bucket);

        store.put(KEY, "[1]".getBytes(StandardCharsets.UTF_8));
        store.put(KEY, "[2]".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(bucket.resolve(KEY))).isEqualTo("[2]");
        try (var files = Files.list(bucket.resolve(KEY).getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("orders_snapshot_1705315200.json");
        }
    }

    @Test
    void aDirectoryRefusesAKeyOutsideIt(@TempDir Path dir) {
        FileObjectStore store = new FileObjectStore(dir.resolve("inbox/frgm-tt-dev"));

        assertThatThrownBy(() -> store.put("../frgm-actant-dev/x.json", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> store.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
