package com.frgm.dashboard.app.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** {@code --name value} pairs after the command word, with environment fallbacks. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args) {
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                values.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                values.put(arg.substring(2), args[++i]);
            } else {
                throw new UsageException(arg + " needs a value");
            }
        }
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    Optional<String> get(String name, String environmentVariable) {
        return get(name)
                .or(() ->
                        Optional.ofNullable(System.getenv(environmentVariable)).filter(v -> !v.isBlank()));
    }

    String require(String name) {
        return get(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    /** The archive location: --archive/--from, FRGM_ARCHIVE_URI, or {data dir}/archive. */
    String archive(String option) {
        return get(option, "FRGM_ARCHIVE_URI")
                .orElseGet(() -> "file:"
                        + Path.of(get("data-dir", "FRGM_DATA_DIR").orElse("./data"), "archive")
                                .toAbsolutePath()
                                .normalize());
    }

    DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(
                get("jdbc-url", "SPRING_DATASOURCE_URL")
                        .orElseThrow(
                                () -> new UsageException(
                                        "--jdbc-url (or SPRING_DATASOURCE_URL) is required, e.g. jdbc:postgresql://localhost:5432/frgm")));
        get("user", "SPRING_DATASOURCE_USERNAME").ifPresent(dataSource::setUser);
        get("password", "SPRING_DATASOURCE_PASSWORD").ifPresent(dataSource::setPassword);
        return dataSource;
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
