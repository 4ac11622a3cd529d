package com.frgm.dashboard.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Boundaries inside the modules (docs/adr/0018): the query side's read models reach Redis and
 * DynamoDB only through their ports, whose adapters live in {@code query.redis} and
 * {@code query.dynamodb}; the file formats never know where files come from; the command side
 * uses no Spring API. ArchUnit's empty-rule protection stays on: a rule that matches no class
 * fails, so a renamed package cannot turn a rule into one that checks nothing.
 */
@AnalyzeClasses(packages = "com.frgm.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class InsideModulesTest {

    private static final String[] QUERY_FEATURES = {
        "com.frgm.dashboard.query.ladder..",
        "com.frgm.dashboard.query.orders..",
        "com.frgm.dashboard.query.positions..",
        "com.frgm.dashboard.query.history..",
        "com.frgm.dashboard.query.pointintime..",
        "com.frgm.dashboard.query.playback..",
        "com.frgm.dashboard.query.replay..",
        "com.frgm.dashboard.query.projection.."
    };
    private static final String[] FORMATS = {"com.frgm.dashboard.ingest.csv..", "com.frgm.dashboard.ingest.file.."};
    private static final String[] SOURCES = {
        "com.frgm.dashboard.ingest.local..",
        "com.frgm.dashboard.ingest.s3..",
        "com.frgm.dashboard.ingest.tt..",
        "com.frgm.dashboard.ingest.demo.."
    };

    @ArchTest
    static final ArchRule readModelsUseTheirPortsNotTheStores = noClasses()
            .that()
            .resideInAnyPackage(QUERY_FEATURES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.frgm.dashboard.query.redis..",
                    "com.frgm.dashboard.query.dynamodb..",
                    "io.lettuce..",
                    "software.amazon.awssdk..");

    @ArchTest
    static final ArchRule fileFormatsNeverUseSourcesOrThePipeline = noClasses()
            .that()
            .resideInAnyPackage(FORMATS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SOURCES)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("com.frgm.dashboard.ingest.pipeline..");

    @ArchTest
    static final ArchRule parsersNeverUseSources = noClasses()
            .that()
            .haveSimpleNameEndingWith("Parser")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SOURCES);

    @ArchTest
    static final ArchRule theCommandSideUsesNoSpring = noClasses()
            .that()
            .resideInAPackage("com.frgm.dashboard.command..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..");

    /**
     * The operator commands find upcasters by scanning their one package ({@link EventUpcasters});
     * the application finds them as components anywhere. This keeps the two sets the same. No
     * upcaster exists yet (every event is at its first revision), so this rule alone may match no
     * class: it fails as soon as an upcaster component is written anywhere else.
     */
    @ArchTest
    static final ArchRule upcastersLiveWhereTheCommandsLookForThem = classes()
            .that()
            .areAssignableTo(EventUpcaster.class)
            .and()
            .areAnnotatedWith(Component.class)
            .should()
            .resideInAPackage(EventUpcasters.UPCASTER_PACKAGE)
            .allowEmptyShould(true);
}
