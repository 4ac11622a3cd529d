package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The README's run command on the embedded defaults with no user configured: one operator
 * {@code admin}, its password logged once and kept in {@code {data dir}/admin-password}, the same
 * after a restart, which logs only where the password is.
 */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedAdminIT {

    @TempDir
    Path dataDir;

    @Test
    void localModeWithoutUsersMakesOneOperatorAdminAndKeepsItsPassword(CapturedOutput output) throws Exception {
        Path file = dataDir.resolve("admin-password");
        String password;
        try (RunningApp app = RunningApp.startWithUsers(dataDir, new Class<?>[0], "")) {
            password = Files.readString(file).strip();
            assertThat(output.getAll())
                    .containsOnlyOnce(password)
                    .contains("sign in as 'admin' with password " + password);
            assertThat(status(app, "admin", password, "/api/audit/state?at=2024-01-15T10:00:00Z"))
                    .isEqualTo(HttpStatus.OK);
            assertThat(status(app, "admin", "wrong", "/api/feeds")).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(status(app, RunningApp.VIEWER, RunningApp.VIEWER_PASSWORD, "/api/feeds"))
                    .as("no test user exists now")
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        int logged = output.getAll().length();
        try (RunningApp app = RunningApp.startWithUsers(dataDir, new Class<?>[0], "")) {
            assertThat(Files.readString(file).strip()).isEqualTo(password);
            assertThat(output.getAll().substring(logged))
                    .doesNotContain(password)
                    .contains(file.toString());
            assertThat(status(app, "admin", password, "/api/feeds")).isEqualTo(HttpStatus.OK);
        }
    }

    private static HttpStatusCode status(RunningApp app, String user, String password, String path) {
        return app.http(user, password)
                .get()
                .uri(path)
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode()))
                .block();
    }
}
