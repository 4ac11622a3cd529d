package com.frgm.dashboard.infra;

import com.frgm.dashboard.infra.shared.SharedStack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/**
 * The CDK app: the shared stack (image repository, CI roles) and one {@link FrgmStage} per
 * environment. {@code env=dev} or {@code env=prod} in the context picks one; without it both are
 * synthesized. Run by the CDK CLI (cdk.json) or directly: {@code ./mvnw -q -pl infra compile exec:java}.
 */
public final class InfraApp {

    static final List<String> ENVIRONMENTS = List.of("dev", "prod");

    private InfraApp() {}

    public static void main(String[] args) {
        build(context(args)).synth();
    }

    /** Arguments {@code key=value} become context; {@code outdir} is where the templates go. */
    static Map<String, Object> context(String[] args) {
        Map<String, Object> context = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            context.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return context;
    }

    public static App build(Map<String, Object> context) {
        Map<String, Object> rest = new LinkedHashMap<>(context);
        Object outdir = rest.remove("outdir");
        AppProps.Builder props = AppProps.builder().context(rest);
        // Under the CDK CLI, CDK_OUTDIR decides; the argument is for runs without it.
        if (outdir != null && System.getenv("CDK_OUTDIR") == null) {
            props.outdir(outdir.toString());
        }
        App app = new App(props.build());
        Object only = app.getNode().tryGetContext("env");
        Settings any = null;
        for (String env : ENVIRONMENTS) {
            if (only == null || only.toString().equals(env)) {
                Settings settings = Settings.of(env, app.getNode());
                new FrgmStage(app, settings);
                any = settings;
            }
        }
        if (any == null) {
            throw new IllegalArgumentException("env must be one of " + ENVIRONMENTS + ", not " + only);
        }
        new SharedStack(app, "FrgmShared", any);
        return app;
    }
}
