package com.frgm.dashboard.embedded;

import java.util.Map;

/** A server this JVM started because the configuration named no external one. */
interface EmbeddedServer {

    /** The Spring properties that point the application at this server. */
    Map<String, Object> connectionProperties();

    /** One line for the startup log, so an operator can connect by hand. */
    String howToConnect();

    /** Stops the server and waits for it; safe to call more than once. */
    void stop();
}
