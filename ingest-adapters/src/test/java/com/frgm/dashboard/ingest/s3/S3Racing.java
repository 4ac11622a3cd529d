package com.frgm.dashboard.ingest.s3;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.s3.S3Client;

/** A real S3 client that lets another writer in at a chosen moment, once. */
final class S3Racing {

    private S3Racing() {}

    /** Runs {@code writer} right after the first CopyObject call returns. */
    static S3Client afterCopy(S3Client real, Runnable writer) {
        AtomicReference<Runnable> once = new AtomicReference<>(writer);
        return (S3Client) Proxy.newProxyInstance(
                S3Client.class.getClassLoader(), new Class<?>[] {S3Client.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("copyObject")) {
                        Runnable pending = once.getAndSet(null);
                        if (pending != null) {
                            pending.run();
                        }
                    }
                    return result;
                });
    }
}
