package com.frgm.dashboard.ingest.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.ingest.testsupport.S3Events;
import org.junit.jupiter.api.Test;

class S3EventNotificationTest {

    @Test
    void readsBucketAndUrlDecodedKeyOfACreatedObject() {
        String body = S3Events.objectCreated("frgm-actant-dev", "market-data/2024/01/15/a b+c.csv", 10);

        assertThat(S3EventNotification.parse(body).created())
                .containsExactly(
                        new S3EventNotification.ObjectRef("frgm-actant-dev", "market-data/2024/01/15/a b+c.csv"));
    }

    @Test
    void theTestEventNamesNothing() {
        assertThat(S3EventNotification.parse(S3Events.testEvent("frgm-actant-dev"))
                        .created())
                .isEmpty();
    }

    @Test
    void ignoresRemovals() {
        String body = S3Events.objectCreated("b", "k", 1).replace("ObjectCreated:Put", "ObjectRemoved:Delete");

        assertThat(S3EventNotification.parse(body).created()).isEmpty();
    }

    @Test
    void rejectsWhatIsNotANotification() {
        assertThatThrownBy(() -> S3EventNotification.parse("hello")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S3EventNotification.parse("{\"foo\":1}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S3EventNotification.parse("[]")).isInstanceOf(IllegalArgumentException.class);
    }
}
