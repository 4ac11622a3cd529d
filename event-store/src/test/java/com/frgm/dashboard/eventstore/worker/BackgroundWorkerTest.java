package com.frgm.dashboard.eventstore.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundWorkerTest {

    @Test
    void anErrorInAPassIsLoggedAndTheNextPassRuns() {
        AtomicInteger passes = new AtomicInteger();
        BackgroundWorker worker = worker(() -> {
            if (passes.incrementAndGet() == 1) {
                throw new NoClassDefFoundError("com/example/Gone");
            }
        });
        worker.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> passes.get() >= 3);
            BackgroundWorker.Liveness liveness = worker.liveness();
            assertThat(liveness.healthy()).isTrue();
            assertThat(liveness.lastFailure()).contains("NoClassDefFoundError");
        } finally {
            worker.stop();
        }
        assertThat(worker.liveness().alive()).isFalse();
    }

    @Test
    void aVirtualMachineErrorEndsTheWorkerAndItsLivenessSaysSo() {
        BackgroundWorker worker = worker(() -> {
            throw new InternalError("injected");
        });
        worker.start();
        try {
            // The error ends the thread as uncaught; that is the point here.
            await().dontCatchUncaughtExceptions()
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> !worker.liveness().alive());
            assertThat(worker.liveness().lastFailure()).contains("InternalError");
            assertThat(worker.isRunning()).isTrue(); // still meant to run: the health tells the difference
        } finally {
            worker.stop();
        }
    }

    @Test
    void aPassThatHangsIsReportedStuck() {
        BackgroundWorker worker = new BackgroundWorker("hanging") {
            @Override
            protected void runOnce() throws Exception {
                Thread.sleep(60_000);
            }

            @Override
            protected Duration pause() {
                return Duration.ZERO;
            }

            @Override
            protected Duration stuckAfter() {
                return Duration.ofMillis(100);
            }
        };
        worker.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> worker.liveness().stuck());
            assertThat(worker.liveness().healthy()).isFalse();
        } finally {
            worker.stop();
        }
    }

    private static BackgroundWorker worker(Runnable pass) {
        return new BackgroundWorker("test-worker") {
            @Override
            protected void runOnce() {
                pass.run();
            }

            @Override
            protected Duration pause() {
                return Duration.ofMillis(10);
            }

            @Override
            protected Duration pauseAfterFailure() {
                return Duration.ofMillis(10);
            }
        };
    }
}
