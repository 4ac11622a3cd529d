package com.frgm.dashboard.infra.shared;

import static com.frgm.dashboard.infra.Resources.at;
import static com.frgm.dashboard.infra.Resources.only;
import static com.frgm.dashboard.infra.Resources.properties;
import static com.frgm.dashboard.infra.Resources.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.infra.Synthesized;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

class SharedStackTest {

    private final Template shared = Synthesized.stack("FrgmShared");

    @Test
    void keepsImagesUnderImmutableTagsScannedOnPush() {
        Map<String, Object> repo = only(shared, "AWS::ECR::Repository", "RepositoryName", "frgm-dashboard");
        assertThat(repo).containsEntry("ImageTagMutability", "IMMUTABLE");
        assertThat(repo.get("ImageScanningConfiguration")).isEqualTo(Map.of("ScanOnPush", true));
        assertThat(text(repo, "LifecyclePolicy", "LifecyclePolicyText")).contains("\"countNumber\":50");
    }

    @Test
    void trustsGitHubOidcWithMainForTheBuildRoleAndEachEnvironmentForItsDeployRole() {
        assertThat(properties(shared, "AWS::IAM::OIDCProvider")
                        .values()
                        .iterator()
                        .next())
                .containsEntry("Url", "https://token.actions.githubusercontent.com")
                .containsEntry("ClientIdList", List.of("sts.amazonaws.com"));
        assertThat(subject("frgm-ci-build")).isEqualTo("repo:frgm/frgm-dashboard:ref:refs/heads/main");
        assertThat(subject("frgm-ci-deploy-dev")).isEqualTo("repo:frgm/frgm-dashboard:environment:dev");
        assertThat(subject("frgm-ci-deploy-prod")).isEqualTo("repo:frgm/frgm-dashboard:environment:prod");
    }

    @Test
    void letsOnlyTheBuildRolePushAndTheDeployRolesAssumeTheCdkBootstrapRoles() {
        Map<String, Map<String, Object>> policies = properties(shared, "AWS::IAM::Policy");
        String build = text(
                policies.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("BuildRole"))
                        .findFirst()
                        .orElseThrow()
                        .getValue(),
                "PolicyDocument");
        assertThat(build).contains("ecr:PutImage", "ecr:CompleteLayerUpload").doesNotContain("sts:AssumeRole");
        for (String env : List.of("Dev", "Prod")) {
            String deploy = text(
                    policies.entrySet().stream()
                            .filter(e -> e.getKey().startsWith("Deploy" + env))
                            .findFirst()
                            .orElseThrow()
                            .getValue(),
                    "PolicyDocument");
            assertThat(deploy)
                    .contains("sts:AssumeRole", "role/cdk-hnb659fds-*-123456789012-us-east-1", "ecr:DescribeImages")
                    .doesNotContain("ecr:PutImage");
        }
    }

    private String subject(String roleName) {
        Map<String, Object> role = only(shared, "AWS::IAM::Role", "RoleName", roleName);
        Map<String, Object> condition =
                at(role, "AssumeRolePolicyDocument", "Statement", 0, "Condition", "StringEquals");
        assertThat(condition).containsEntry("token.actions.githubusercontent.com:aud", "sts.amazonaws.com");
        return (String) condition.get("token.actions.githubusercontent.com:sub");
    }
}
