package com.frgm.dashboard.eventstore.objects;

import java.util.List;
import java.util.Optional;

/** Where archive objects live: an S3 prefix or a directory. Keys use {@code /}. */
public interface ObjectStore {

    /** Writes the whole object, replacing any object of that name; readers never see half of it. */
    void put(String key, byte[] bytes);

    Optional<byte[]> get(String key);

    /** Removes the object; removing one that is not there is no error. */
    void delete(String key);

    /** Keys under {@code prefix}, sorted. */
    List<String> list(String prefix);

    /** The location, for messages. */
    String describe();
}
