package com.frgm.dashboard.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;

/**
 * The app synthesized once per test JVM with its default context (both environments and the
 * shared stack, placeholders for the account's ids), each template by stack name. Synthesis
 * goes through Node.js and takes seconds, so the test classes share it rather than repeat it.
 */
public final class Synthesized {

    private static Map<String, Template> templates;

    private Synthesized() {}

    /** {@code frgm-prod-network}, {@code frgm-dev-data}, ..., {@code FrgmShared}. */
    public static synchronized Template stack(String stackName) {
        if (templates == null) {
            templates = synthesize(Map.of());
        }
        Template template = templates.get(stackName);
        if (template == null) {
            throw new IllegalArgumentException("no stack " + stackName + " in " + templates.keySet());
        }
        return template;
    }

    public static Map<String, Template> synthesize(Map<String, Object> context) {
        Path out;
        try {
            out = Files.createTempDirectory("frgm-cdk-out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> all = new LinkedHashMap<>(context);
        all.put("outdir", out.toString());
        CloudAssembly assembly = InfraApp.build(all).synth();
        Map<String, Template> result = new LinkedHashMap<>();
        for (CloudFormationStackArtifact stack : assembly.getStacksRecursively()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) stack.getTemplate();
            result.put(stack.getStackName(), Template.fromJSON(json));
        }
        return result;
    }
}
