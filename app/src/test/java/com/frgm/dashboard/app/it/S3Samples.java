package com.frgm.dashboard.app.it;

import com.frgm.dashboard.ingest.testsupport.S3MockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The project's sample files put into S3Mock, and looks at what the application made of them. */
final class S3Samples implements AutoCloseable {

    final S3Client s3;
    final String actantBucket;
    final String ttBucket;

    S3Samples(String env) {
        S3MockServer.shared().createBuckets("frgm-actant-" + env, "frgm-tt-" + env);
        this.s3 = S3MockServer.shared().client();
        this.actantBucket = "frgm-actant-" + env;
        this.ttBucket = "frgm-tt-" + env;
    }

    void upload(String bucket, String sample, String key) {
        s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(bytes(sample)));
    }

    void uploadText(String bucket, String key, String content) {
        s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromString(content));
    }

    /** The 10:39:39 ZN sample with another ZNH24 volume: new content, and a visible effect. */
    static String marketFileWithVolume(long volume) {
        return new String(bytes("market-data/GE_XCME.ZN_20240115_103939.csv"), java.nio.charset.StandardCharsets.UTF_8)
                .replace(",10701,", "," + volume + ",");
    }

    boolean exists(String bucket, String key) {
        return s3.listObjectsV2(r -> r.bucket(bucket).prefix(key)).contents().stream()
                .anyMatch(o -> o.key().equals(key));
    }

    /** The move is a copy and then a delete: done once the copy is there and the original gone. */
    boolean movedTo(String folder, String bucket, String key) {
        return exists(bucket, folder + "/" + key) && !exists(bucket, key);
    }

    String read(String bucket, String key) {
        return s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String();
    }

    /** True when the Debian {@code aws} CLI (or any {@code aws} on PATH) answers. */
    static boolean awsCliAvailable() {
        try {
            Process process = new ProcessBuilder("aws", "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Uploads the way the desk's feed server does: {@code aws s3 cp file s3://bucket/key}. */
    void uploadWithAwsCli(String bucket, String content, String key, Path workDir) throws Exception {
        Path file = workDir.resolve(key.substring(key.lastIndexOf('/') + 1));
        Files.writeString(file, content);
        try (ContinueReasonProxy proxy =
                new ContinueReasonProxy(S3MockServer.shared().endpoint())) {
            run(List.of(
                    "aws",
                    "--endpoint-url",
                    proxy.endpoint().toString(),
                    "s3",
                    "cp",
                    file.toString(),
                    "s3://" + bucket + "/" + key));
        }
    }

    /** Uploads a whole directory at once, as a feed server flushing its queue: {@code aws s3 cp --recursive}. */
    void uploadDirectoryWithAwsCli(Path directory, String bucket) throws Exception {
        try (ContinueReasonProxy proxy =
                new ContinueReasonProxy(S3MockServer.shared().endpoint())) {
            run(List.of(
                    "aws",
                    "--endpoint-url",
                    proxy.endpoint().toString(),
                    "s3",
                    "cp",
                    "--recursive",
                    "--quiet",
                    directory.toString(),
                    "s3://" + bucket + "/"));
        }
    }

    private static void run(List<String> command) throws Exception {
        ProcessBuilder cli = new ProcessBuilder(command).redirectErrorStream(true);
        cli.environment()
                .putAll(Map.of(
                        "AWS_ACCESS_KEY_ID",
                        "test",
                        "AWS_SECRET_ACCESS_KEY",
                        "test",
                        "AWS_DEFAULT_REGION",
                        "us-east-1",
                        "AWS_EC2_METADATA_DISABLED",
                        "true"));
        Process process = cli.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("aws s3 cp failed: " + output);
        }
    }

    private static byte[] bytes(String sample) {
        try (InputStream in = S3Samples.class.getResourceAsStream("/samples/" + sample)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource samples/" + sample);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
