package com.frgm.dashboard.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of docs/adr/0001, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "com.frgm.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final String API = "com.frgm.dashboard.api..";
    private static final String COMMAND = "com.frgm.dashboard.command..";
    private static final String QUERY = "com.frgm.dashboard.query..";
    private static final String INGEST = "com.frgm.dashboard.ingest..";
    private static final String UI = "com.frgm.dashboard.ui..";
    private static final String EVENT_STORE = "com.frgm.dashboard.eventstore..";

    @ArchTest
    static final ArchRule apiHasNoSpringAndNoPersistence = noClasses()
            .that()
            .resideInAPackage(API)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "java.sql..",
                    "jakarta.persistence..",
                    "com.fasterxml.jackson.databind..",
                    "io.lettuce..");

    @ArchTest
    static final ArchRule querySideNeverImportsTheCommandSide = noClasses()
            .that()
            .resideInAPackage(QUERY)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(COMMAND, INGEST, UI);

    @ArchTest
    static final ArchRule adaptersNeverReachIntoAggregates = noClasses()
            .that()
            .resideInAPackage(INGEST)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(COMMAND, QUERY, UI);

    @ArchTest
    static final ArchRule commandSideKnowsOnlyTheApi = noClasses()
            .that()
            .resideInAPackage(COMMAND)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(QUERY, INGEST, UI, EVENT_STORE);

    @ArchTest
    static final ArchRule uiTalksThroughTypedQueriesOnly = noClasses()
            .that()
            .resideInAPackage(UI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(COMMAND, QUERY, INGEST, EVENT_STORE);

    @ArchTest
    static final ArchRule eventStoreKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage(EVENT_STORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(COMMAND, QUERY, INGEST, UI);
}
