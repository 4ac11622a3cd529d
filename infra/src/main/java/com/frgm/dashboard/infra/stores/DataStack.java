package com.frgm.dashboard.infra.stores;

import com.frgm.dashboard.infra.Settings;
import com.frgm.dashboard.infra.network.NetworkStack;
import java.util.Map;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * Everything that holds data: the event store, the read model, the history tables, the buckets
 * with their notification queue, and the secrets. Separate from compute so that replacing the
 * services never touches a store.
 */
public class DataStack extends Stack {

    public static final String SIGN_IN_USERS = "users";
    public static final String SIGN_IN_CLIENT_ID = "client_id";
    public static final String SIGN_IN_CLIENT_SECRET = "client_secret";

    private final Buckets buckets;
    private final HistoryTables history;
    private final EventStoreDatabase database;
    private final ReadModelCache cache;
    private final Secret ttCredentials;
    private final Secret signIn;

    public DataStack(Construct scope, String id, StackProps props, Settings settings, NetworkStack network) {
        super(scope, id, props);
        buckets = new Buckets(this, "Buckets", settings);
        history = new HistoryTables(this, "History", settings);
        database = new EventStoreDatabase(
                this,
                "EventStore",
                settings,
                network.vpc(),
                network.dataSubnets(),
                network.securityGroups().database());
        cache = new ReadModelCache(
                this,
                "ReadModel",
                settings,
                network.vpc().selectSubnets(network.dataSubnets()).getSubnets(),
                network.securityGroups().redis());
        // The TT poller reads {"api_key", "api_secret"} (ADR 0006). The values are placeholders
        // until an operator puts the real ones (README, "Deploy to AWS"); TT then answers 401
        // and the TT alarm says so.
        ttCredentials = Secret.Builder.create(this, "TtCredentials")
                .secretName(ttSecretName(settings))
                .description("TT REST API application key and secret")
                .secretObjectValue(Map.of(
                        "api_key", SecretValue.unsafePlainText("set-me"),
                        "api_secret", SecretValue.unsafePlainText("set-me")))
                .build();
        // The dashboard's sign-in (ADR 0021): "users" is FRGM_USERS (name:{bcrypt}hash:role,...;
        // empty until an operator sets it, and then nobody signs in with a password), and
        // "client_id"/"client_secret" the OpenID Connect registration's when oidcIssuerUri is set.
        signIn = Secret.Builder.create(this, "SignIn")
                .secretName("frgm/" + settings.env() + "/sign-in")
                .description("Dashboard users (FRGM_USERS) and the OpenID Connect client's id and secret")
                .secretObjectValue(Map.of(
                        SIGN_IN_USERS, SecretValue.unsafePlainText(""),
                        SIGN_IN_CLIENT_ID, SecretValue.unsafePlainText("set-me"),
                        SIGN_IN_CLIENT_SECRET, SecretValue.unsafePlainText("set-me")))
                .build();
    }

    /** By name, not ARN: the poller looks the secret up by FRGM_TT_SECRET_NAME (ADR 0006). */
    public static String ttSecretName(Settings settings) {
        return "frgm/" + settings.env() + "/tt";
    }

    public Buckets buckets() {
        return buckets;
    }

    public HistoryTables history() {
        return history;
    }

    public EventStoreDatabase database() {
        return database;
    }

    public ReadModelCache cache() {
        return cache;
    }

    public Secret ttCredentials() {
        return ttCredentials;
    }

    public Secret signIn() {
        return signIn;
    }
}
