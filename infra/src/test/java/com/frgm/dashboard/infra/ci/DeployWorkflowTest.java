package com.frgm.dashboard.infra.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI/CD workflow cannot run here (no GitHub, no AWS), so its shape is checked: the jobs and
 * their order, OIDC instead of keys, the environments that gate dev and prod, and the rollback.
 */
class DeployWorkflowTest {

    private static final Path FILE = Path.of("..", ".github", "workflows", "deploy.yml");

    private final String text;
    private final Map<String, Object> workflow;

    @SuppressWarnings("unchecked")
    DeployWorkflowTest() throws IOException {
        text = Files.readString(FILE);
        workflow = new Yaml().load(text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsOnPullRequestsPushesToMainAndByHandForARollback() {
        // YAML 1.1 (SnakeYAML) reads the bare key `on` as the boolean true.
        Map<String, Object> on = (Map<String, Object>) workflow.getOrDefault("on", workflow.get(Boolean.TRUE));
        assertThat(on).containsKeys("pull_request", "push", "workflow_dispatch");
        assertThat((Map<String, Object>) on.get("push")).containsEntry("branches", List.of("main"));
        Map<String, Object> inputs =
                (Map<String, Object>) ((Map<String, Object>) on.get("workflow_dispatch")).get("inputs");
        assertThat(inputs).containsKeys("environment", "image_tag");
        assertThat(workflow.get("permissions")).isEqualTo(Map.of("contents", "read"));
    }

    @Test
    void testsThenBuildsThenDeploysDevThenProd() {
        assertThat(jobs()).containsKeys("test", "image", "deploy-dev", "deploy-prod", "rollback");
        assertThat(steps("test")).anySatisfy(s -> assertThat(s.get("run")).isEqualTo(".ci/run"));
        assertThat(needs("image")).containsExactly("test");
        assertThat(job("image").get("if")).isEqualTo("github.event_name == 'push'");
        assertThat(runs("image")).contains("-Pimage", "jib.to.image=", "${{ github.sha }}");
        assertThat(needs("deploy-dev")).containsExactly("image");
        assertThat(needs("deploy-prod")).containsExactlyInAnyOrder("image", "deploy-dev");
        assertThat(runs("deploy-dev"))
                .contains("cdk@2 deploy 'dev/*'", "-c env=dev", "imageTag=${{ needs.image.outputs.tag }}");
        assertThat(runs("deploy-prod"))
                .contains("cdk@2 deploy 'prod/*'", "-c env=prod", "imageTag=${{ needs.image.outputs.tag }}");
    }

    @Test
    void gatesEachDeployByItsGitHubEnvironment() {
        assertThat(job("deploy-dev").get("environment")).isEqualTo("dev");
        assertThat(job("deploy-prod").get("environment")).isEqualTo("prod");
        assertThat(job("rollback").get("environment")).isEqualTo("${{ inputs.environment }}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void getsAwsAccessThroughOidcOnlyWithTheRoleOfItsJob() {
        Map<String, String> roles = Map.of(
                "image",
                "frgm-ci-build",
                "deploy-dev",
                "frgm-ci-deploy-dev",
                "deploy-prod",
                "frgm-ci-deploy-prod",
                "rollback",
                "frgm-ci-deploy-${{ inputs.environment }}");
        roles.forEach((job, role) -> {
            assertThat(job(job).get("permissions")).as(job).isEqualTo(Map.of("contents", "read", "id-token", "write"));
            Map<String, Object> credentials = steps(job).stream()
                    .filter(s -> String.valueOf(s.get("uses")).startsWith("aws-actions/configure-aws-credentials@"))
                    .findFirst()
                    .orElseThrow();
            Map<String, Object> with = (Map<String, Object>) credentials.get("with");
            assertThat(with).containsOnlyKeys("role-to-assume", "aws-region");
            assertThat((String) with.get("role-to-assume")).endsWith(":role/" + role);
        });
        assertThat(job("test")).doesNotContainKey("permissions");
        assertThat(text)
                .doesNotContain("aws-access-key-id", "aws-secret-access-key", "AWS_SECRET_ACCESS_KEY", "secrets.");
    }

    @Test
    void rollsBackByDeployingAnEarlierImageThatExists() {
        assertThat(job("rollback").get("if")).isEqualTo("github.event_name == 'workflow_dispatch'");
        List<String> runs = steps("rollback").stream()
                .map(s -> String.valueOf(s.get("run")))
                .toList();
        assertThat(runs)
                .anySatisfy(r -> assertThat(r).contains("aws ecr describe-images", "imageTag=${{ inputs.image_tag }}"));
        assertThat(runs).anySatisfy(r -> assertThat(r).contains("cdk@2 deploy", "imageTag=${{ inputs.image_tag }}"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> jobs() {
        return (Map<String, Object>) workflow.get("jobs");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> job(String name) {
        return (Map<String, Object>) jobs().get(name);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> steps(String job) {
        return (List<Map<String, Object>>) job(job).get("steps");
    }

    private String runs(String job) {
        return String.join(
                "\n", steps(job).stream().map(s -> String.valueOf(s.get("run"))).toList());
    }

    private List<Object> needs(String job) {
        Object needs = job(job).get("needs");
        return needs instanceof List<?> l ? List.copyOf(l) : List.of(needs);
    }
}
