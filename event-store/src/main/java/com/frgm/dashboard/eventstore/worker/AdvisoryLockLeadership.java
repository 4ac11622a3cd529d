package com.frgm.dashboard.eventstore.worker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leadership as a PostgreSQL session advisory lock, held on one connection for as long as this
 * node leads. When the node dies its session ends and the lock is free at once; another node
 * takes it at its next check. A connection that breaks loses the lead, and the node asks again.
 */
public final class AdvisoryLockLeadership implements Leadership {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryLockLeadership.class);

    private final DataSource dataSource;
    private final long key;
    private final String job;
    private Connection held;

    public AdvisoryLockLeadership(DataSource dataSource, long key, String job) {
        this.dataSource = dataSource;
        this.key = key;
        this.job = job;
    }

    @Override
    public synchronized boolean holds() {
        if (held != null) {
            if (isValid(held)) {
                return true;
            }
            log.warn("Lost the lead of the {}: its database connection broke", job);
            closeQuietly(held);
            held = null;
        }
        try {
            Connection connection = dataSource.getConnection();
            if (tryLock(connection)) {
                held = connection;
                log.info("This node now runs the {} (advisory lock {})", job, key);
                return true;
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            log.warn("Could not ask for the lead of the {}: {}", job, e.toString());
            return false;
        }
    }

    @Override
    public synchronized void release() {
        if (held == null) {
            return;
        }
        try (PreparedStatement unlock = held.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            unlock.execute();
        } catch (SQLException e) {
            log.debug("Unlock failed; closing the connection ends the session's lock: {}", e.toString());
        }
        closeQuietly(held);
        held = null;
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static boolean isValid(Connection connection) {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing a broken connection failed: {}", e.toString());
        }
    }
}
