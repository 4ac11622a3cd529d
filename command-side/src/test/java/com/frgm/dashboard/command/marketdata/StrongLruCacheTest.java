package com.frgm.dashboard.command.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class StrongLruCacheTest {

    @Test
    void keepsEntriesThroughGarbageCollection() {
        StrongLruCache cache = new StrongLruCache(10);
        cache.put("feed", new Object());

        System.gc();

        assertThat(cache.<String, Object>get("feed")).isNotNull();
    }

    @Test
    void evictsTheLeastRecentlyUsedBeyondItsBound() {
        List<Object> expired = new ArrayList<>();
        StrongLruCache cache = new StrongLruCache(2);
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add(key);
            }
        });
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");

        cache.put("c", 3);

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(expired).containsExactly("b");
    }

    @Test
    void putIfAbsentKeepsTheFirstValue() {
        StrongLruCache cache = new StrongLruCache(2);
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat(cache.<String, Integer>get("a")).isEqualTo(1);
    }
}
