package com.frgm.dashboard.infra;

import static com.frgm.dashboard.infra.Resources.properties;
import static com.frgm.dashboard.infra.Resources.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** The context decides the environment and the account's own ids; the defaults are placeholders. */
class InfraAppTest {

    @Test
    void synthesizesOnlyTheEnvironmentTheContextNamesWithTheContextsIds() {
        Map<String, Template> stacks = Synthesized.synthesize(Map.of(
                "env",
                "prod",
                "account",
                "210987654321",
                "certificateArn",
                "arn:aws:acm:us-east-1:210987654321:certificate/abc",
                "prod.slackChannelId",
                "CDESKPROD",
                "imageTag",
                "3f2a9c1",
                "allowedCidrs",
                "198.51.100.0/24, 192.0.2.7/32"));
        assertThat(stacks)
                .containsOnlyKeys(
                        "frgm-prod-network",
                        "frgm-prod-data",
                        "frgm-prod-compute",
                        "frgm-prod-monitoring",
                        "FrgmShared");
        assertThat(text(properties(stacks.get("frgm-prod-compute"), "AWS::ElasticLoadBalancingV2::Listener")))
                .contains("arn:aws:acm:us-east-1:210987654321:certificate/abc");
        assertThat(text(properties(stacks.get("frgm-prod-compute"), "AWS::ECS::TaskDefinition")))
                .contains("210987654321.dkr.ecr.us-east-1.", "/frgm-dashboard:3f2a9c1");
        assertThat(text(properties(stacks.get("frgm-prod-monitoring"), "AWS::Chatbot::SlackChannelConfiguration")))
                .contains("CDESKPROD");
        assertThat(text(properties(stacks.get("frgm-prod-network"), "AWS::EC2::SecurityGroup")))
                .contains("198.51.100.0/24", "192.0.2.7/32")
                .doesNotContain("203.0.113.0/24");
    }

    @Test
    void refusesAnUnknownEnvironment() {
        assertThatThrownBy(() -> InfraApp.build(Map.of("env", "staging"))).hasMessageContaining("staging");
    }

    @Test
    void takesKeyValueArguments() {
        assertThat(InfraApp.context(new String[] {"env=dev", "imageTag=abc"}))
                .containsEntry("env", "dev")
                .containsEntry("imageTag", "abc");
        assertThatThrownBy(() -> InfraApp.context(new String[] {"dev"})).hasMessageContaining("key=value");
    }
}
