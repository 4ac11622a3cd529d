package com.frgm.dashboard.app.security;

import com.frgm.dashboard.eventstore.objects.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one operator of a local run with no users configured: {@code admin}, with a password made
 * on the first start, written to {@code {data dir}/admin-password} (readable by its owner only)
 * and to the log that once. Later starts read the file, so the password stays what the first log
 * said, and name the file instead of repeating the password.
 */
final class GeneratedAdmin {

    static final String NAME = "admin";
    static final String FILE = "admin-password";

    private static final Logger log = LoggerFactory.getLogger(GeneratedAdmin.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedAdmin() {}

    /** The admin's password in plain text, made and saved if the data dir has none yet. */
    static String password(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                String saved = Files.readString(file).strip();
                if (!saved.isEmpty()) {
                    log.info("Sign in as '{}' with the password in {} (no users configured: FRGM_USERS)", NAME, file);
                    return saved;
                }
            }
            String password = newPassword();
            Files.createDirectories(dataDir);
            Path tmp = Files.createTempFile(dataDir, "." + FILE, ".tmp");
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(tmp, password + System.lineSeparator());
            AtomicFiles.move(tmp, file);
            log.warn(
                    "No users configured (FRGM_USERS): sign in as '{}' with password {} (also in {})",
                    NAME,
                    password,
                    file);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the generated admin password in " + file, e);
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
