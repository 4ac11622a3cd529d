package com.frgm.dashboard.infra.shared;

import com.frgm.dashboard.infra.Settings;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.TagMutability;
import software.amazon.awscdk.services.ecr.TagStatus;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.OidcProviderNative;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.WebIdentityPrincipal;
import software.constructs.Construct;

/**
 * What both environments share, deployed once per account: the image repository (one image is
 * built, tested in dev and promoted to prod by its tag, never rebuilt) and the roles GitHub
 * Actions assumes through OIDC, so the pipeline holds no AWS keys.
 */
public class SharedStack extends Stack {

    static final String GITHUB_OIDC = "token.actions.githubusercontent.com";

    private final Repository repository;

    public SharedStack(Construct scope, String id, Settings settings) {
        super(
                scope,
                id,
                StackProps.builder()
                        .env(Environment.builder()
                                .account(settings.account())
                                .region(settings.region())
                                .build())
                        .description("FRGM dashboard: image repository and CI roles (shared by dev and prod)")
                        .build());
        repository = Repository.Builder.create(this, "Images")
                .repositoryName(settings.imageRepository())
                // Tags are commit SHAs: a tag names one build for ever, so rollback means its tag.
                .imageTagMutability(TagMutability.IMMUTABLE)
                .imageScanOnPush(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .description("Keep the last 50 builds: enough to roll back for weeks")
                        .tagStatus(TagStatus.ANY)
                        .maxImageCount(50)
                        .rulePriority(1)
                        .build()))
                .build();

        String repo = Objects.toString(getNode().tryGetContext("githubRepo"), "frgm/frgm-dashboard");
        OidcProviderNative github = OidcProviderNative.Builder.create(this, "GitHubOidc")
                .url("https://" + GITHUB_OIDC)
                .clientIds(List.of("sts.amazonaws.com"))
                .build();

        // The build job runs on main without an environment; it may only push images.
        Role build = ciRole("BuildRole", "frgm-ci-build", github, repo + ":ref:refs/heads/main");
        repository.grantPullPush(build);

        // One deploy role per GitHub environment: prod's can only be assumed by a job that
        // passed prod's required reviewers.
        for (String env : List.of("dev", "prod")) {
            Role deploy =
                    ciRole("Deploy" + capitalized(env), "frgm-ci-deploy-" + env, github, repo + ":environment:" + env);
            deploy.addToPolicy(PolicyStatement.Builder.create()
                    .effect(Effect.ALLOW)
                    .actions(List.of("sts:AssumeRole"))
                    // cdk deploy works through the roles `cdk bootstrap` created.
                    .resources(List.of("arn:aws:iam::" + getAccount() + ":role/cdk-hnb659fds-*-" + getAccount() + "-"
                            + getRegion()))
                    .build());
            // Rollback is a deploy of an earlier tag (ECS's circuit breaker undoes a failed one
            // by itself), so CloudFormation stays the one truth; checking the tag exists first:
            repository.grant(deploy, "ecr:DescribeImages");
        }
    }

    public Repository repository() {
        return repository;
    }

    private Role ciRole(String id, String name, OidcProviderNative github, String subject) {
        return Role.Builder.create(this, id)
                .roleName(name)
                .maxSessionDuration(Duration.hours(1))
                .assumedBy(new WebIdentityPrincipal(
                        github.getOidcProviderArn(),
                        Map.of(
                                "StringEquals",
                                Map.of(
                                        GITHUB_OIDC + ":aud",
                                        "sts.amazonaws.com",
                                        GITHUB_OIDC + ":sub",
                                        "repo:" + subject))))
                .build();
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
