package com.frgm.dashboard.app.cli;

import java.io.PrintStream;

/**
 * The operator commands that run without the application: {@code replay}, {@code checkpoint},
 * {@code compact} and {@code restore}
 * (docs/adr/0010, docs/runbook-database-loss.md), and {@code rebuild}, a client of a running node
 * (docs/adr/0024). Dispatched from {@code main} before Spring
 * starts, so {@code replay --source archive} needs no database at all.
 */
public final class Cli {

    static final String USAGE = """
            usage:
              replay  --at <ISO instant> | --feed-time <ISO instant> [--instrument <id>]
                      [--source archive|store] [--archive <uri>] [--jdbc-url <url> --user <u> --password <p>]
                      [--zone <business zone>] [--checkpoints use|ignore]
              checkpoint [--source archive|store] [--archive <uri>] [--jdbc-url <url> ...] [--every <events>]
              compact [--archive <uri>] [--older-than <ISO duration, PT10M>] [--events <per segment, 10000>]
              restore --from <archive uri> --jdbc-url <url> [--user <u>] [--password <p>]
                      [--append-lock-key <n>]
              rebuild <projection> [--url <dashboard node, http://localhost:8080>] [--user <operator> --password <p>]
            """;

    private Cli() {}

    public static boolean handles(String[] args) {
        return args.length > 0
                && (args[0].equals("replay")
                        || args[0].equals("restore")
                        || args[0].equals("checkpoint")
                        || args[0].equals("compact")
                        || args[0].equals("rebuild"));
    }

    private static int rebuild(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length < 2 || args[1].startsWith("--")) {
            throw new Options.UsageException("rebuild needs the projection's name (GET /api/projections lists them)");
        }
        String[] rest = new String[args.length - 1];
        rest[0] = args[0];
        System.arraycopy(args, 2, rest, 1, args.length - 2);
        return new RebuildCommand(args[1], new Options(rest), out, err).run();
    }

    /** Warnings and errors only, on standard error: standard output is the commands' answer. */
    public static void logToStandardError() {
        CliLogging.toStandardError();
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args[0].equals("rebuild")) {
                return rebuild(args, out, err);
            }
            Options options = new Options(args);
            return switch (args[0]) {
                case "replay" -> new ReplayCommand(options, out, err).run();
                case "restore" -> new RestoreCommand(options, err).run();
                case "checkpoint" -> new CheckpointCommand(options, err).run();
                case "compact" -> new CompactCommand(options, err).run();
                default -> throw new Options.UsageException("unknown command " + args[0]);
            };
        } catch (Options.UsageException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (Exception e) {
            err.println();
            err.println(args[0] + " failed: " + describe(e));
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root != e) {
                err.println("  because: " + describe(root));
            }
            return 1;
        }
    }

    /** The message, or the exception's kind when it has none (a refused connection's ConnectException). */
    private static String describe(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
