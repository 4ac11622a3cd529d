package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.ingest.file.FeedLayout;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FileMover;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Feed files in S3: listing, reading and the docs/feeds.md move. S3 has no rename, so a move is a
 * server-side copy and then a delete of the original; the delete never happens unless the copy
 * succeeded. Every SDK failure becomes an IOException, which the pipeline treats as "try again".
 */
final class S3Objects implements FileMover {

    private static final Logger log = LoggerFactory.getLogger(S3Objects.class);

    private final S3Client s3;

    S3Objects(S3Client s3) {
        this.s3 = s3;
    }

    /** The listing of {@code processed/} a drain does once per feed, over the same client. */
    S3ProcessedListing processedListing() {
        return new S3ProcessedListing(s3);
    }

    /** Every object under the prefix after {@code startAfter} (null: from the first), in key order. */
    void list(String bucket, String prefix, String startAfter, Consumer<S3Object> each) throws IOException {
        try {
            s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix).startAfter(startAfter))
                    .contents()
                    .forEach(each);
        } catch (SdkException e) {
            throw new IOException("ListObjectsV2 s3://" + bucket + "/" + prefix + " failed: " + e.getMessage(), e);
        }
    }

    FeedFile file(String bucket, S3Object object) {
        return file(bucket, object.key(), object.size(), object.eTag());
    }

    /** The object as it is now, or empty when it is gone (already moved by another node). */
    Optional<FeedFile> current(String bucket, String key) throws IOException {
        return head(bucket, key).map(h -> file(bucket, key, h.contentLength(), h.eTag()));
    }

    /**
     * The pipeline opens a file twice (hash, then parse). Each GET is pinned to the listed ETag,
     * so a new version written to the same key in between fails the read (and is retried)
     * instead of being parsed under the old version's hash.
     */
    private FeedFile file(String bucket, String key, long size, String eTag) {
        return new FeedFile(bucket, key, size, eTag, () -> open(bucket, key, eTag));
    }

    /**
     * The whole content of the listed version, for reading ahead; empty when the key is gone
     * (moved by another node). A newer version under the key fails the read (If-Match).
     */
    Optional<byte[]> read(FeedFile file) throws IOException {
        String bucket = file.bucket();
        String key = file.key();
        try {
            return Optional.of(
                    s3.getObjectAsBytes(r -> r.bucket(bucket).key(key).ifMatch(file.version()))
                            .asByteArrayUnsafe());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new IOException("GetObject s3://" + bucket + "/" + key + " failed: " + e.getMessage(), e);
        }
    }

    private InputStream open(String bucket, String key, String eTag) throws IOException {
        try {
            return s3.getObject(r -> r.bucket(bucket).key(key).ifMatch(eTag));
        } catch (SdkException e) {
            throw new IOException("GetObject s3://" + bucket + "/" + key + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Moves the file to {@code processed/{key}}. A different earlier version already there is
     * kept, as in the local inbox: the new one gets its content hash appended.
     */
    @Override
    public void moveToProcessed(FeedFile file, String contentSha256) throws IOException {
        move(file, processedTarget(file, contentSha256, eTag(file.bucket(), FeedLayout.processedKey(file.key()))));
    }

    /**
     * Where the file goes under {@code processed/}, given the ETag of what is already at
     * {@code processed/{key}} (empty when nothing is).
     */
    static String processedTarget(FeedFile file, String contentSha256, Optional<String> existing) {
        String target = FeedLayout.processedKey(file.key());
        if (existing.isPresent() && !existing.get().equals(file.version())) {
            target = target + "." + contentSha256.substring(0, 12);
        }
        return target;
    }

    private Optional<String> eTag(String bucket, String key) throws IOException {
        return head(bucket, key).map(HeadObjectResponse::eTag);
    }

    private Optional<HeadObjectResponse> head(String bucket, String key) throws IOException {
        try {
            return Optional.of(s3.headObject(r -> r.bucket(bucket).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new IOException("HeadObject s3://" + bucket + "/" + key + " failed: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("HeadObject s3://" + bucket + "/" + key + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void moveToRejected(FeedFile file, byte[] reportJson) throws IOException {
        String target = FeedLayout.rejectedKey(file.key());
        String report = FeedLayout.reportKey(file.key());
        try {
            s3.putObject(
                    r -> r.bucket(file.bucket()).key(report).contentType("application/json"),
                    RequestBody.fromBytes(reportJson));
        } catch (SdkException e) {
            throw new IOException("PutObject s3://" + file.bucket() + "/" + report + " failed: " + e.getMessage(), e);
        }
        move(file, target);
    }

    /**
     * Copies the version that was read (ETag condition) and deletes only that version. When the
     * key holds a newer upload by then, that upload is left where it is, to be ingested as the
     * new file version it is; a key already gone was moved by another node.
     */
    void move(FeedFile file, String target) throws IOException {
        if (copy(file, target)) {
            delete(file, target);
        }
    }

    /**
     * Copies the version that was read (ETag condition). False when there is nothing to delete
     * after it: the key holds a newer upload by then, left where it is to be ingested as the new
     * file version it is, or the key is gone (moved by another node).
     */
    private boolean copy(FeedFile file, String target) throws IOException {
        String bucket = file.bucket();
        String id = "s3://" + bucket + "/" + file.key();
        try {
            s3.copyObject(r -> r.sourceBucket(bucket)
                    .sourceKey(file.key())
                    .copySourceIfMatch(file.version())
                    .destinationBucket(bucket)
                    .destinationKey(target));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 412) {
                log.warn(
                        "{} changed after it was read: the newer upload stays for its own ingest, and the version "
                                + "read is not copied to {}",
                        id,
                        target);
                return false;
            }
            if (e.statusCode() == 404) {
                log.debug("{} is gone: moved by another node", id);
                return false;
            }
            throw new IOException("CopyObject " + id + " to " + target + " failed: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("CopyObject " + id + " to " + target + " failed: " + e.getMessage(), e);
        }
    }

    /** Deletes only the version that was read and copied; a newer upload under the key stays. */
    private void delete(FeedFile file, String target) throws IOException {
        String id = "s3://" + file.bucket() + "/" + file.key();
        try {
            s3.deleteObject(r -> r.bucket(file.bucket()).key(file.key()).ifMatch(file.version()));
        } catch (S3Exception e) {
            if (e.statusCode() == 412) {
                log.warn("{} was replaced by a newer upload while it was moved: the upload stays", id);
                return;
            }
            if (e.statusCode() == 404) {
                return;
            }
            throw new IOException("DeleteObject " + id + " failed (copied to " + target + "): " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("DeleteObject " + id + " failed (copied to " + target + "): " + e.getMessage(), e);
        }
    }
}
