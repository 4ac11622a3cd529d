package com.frgm.dashboard.infra.monitoring;

import com.frgm.dashboard.infra.Settings;
import com.frgm.dashboard.infra.compute.ComputeStack;
import com.frgm.dashboard.infra.stores.DataStack;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.budgets.CfnBudget;
import software.amazon.awscdk.services.chatbot.LoggingLevel;
import software.amazon.awscdk.services.chatbot.SlackChannelConfiguration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * Where trouble is reported: one SNS topic per environment that AWS Chatbot relays to the desk's
 * Slack channel, every alarm sending both its alarm and its recovery there; the monthly budget
 * (created with prod, for the whole account); and a CloudWatch dashboard.
 */
public class MonitoringStack extends Stack {

    private final Topic topic;
    private final List<Alarm> alarms;

    public MonitoringStack(
            Construct scope, String id, StackProps props, Settings settings, DataStack data, ComputeStack compute) {
        super(scope, id, props);
        topic = Topic.Builder.create(this, "Alarms")
                .topicName(settings.name("alarms"))
                .displayName("FRGM " + settings.env() + " alarms")
                .build();

        Role chatbot = Role.Builder.create(this, "ChatbotRole")
                .assumedBy(new ServicePrincipal("chatbot.amazonaws.com"))
                // Enough to draw the alarm's graph in Slack; nothing can be changed from there.
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("CloudWatchReadOnlyAccess")))
                .build();
        SlackChannelConfiguration.Builder.create(this, "Slack")
                .slackChannelConfigurationName(settings.name("alarms"))
                .slackWorkspaceId(settings.slackWorkspaceId())
                .slackChannelId(settings.slackChannelId())
                .notificationTopics(List.of(topic))
                .role(chatbot)
                .guardrailPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("CloudWatchReadOnlyAccess")))
                .loggingLevel(LoggingLevel.ERROR)
                .build();

        AppMetrics metrics = new AppMetrics(settings.metricsNamespace());
        AlarmFactory factory = new AlarmFactory(this, settings.env(), topic);
        AppAlarms.create(factory, metrics);
        PlatformAlarms.create(factory, settings, data, compute);
        if (settings.budgetUsd() > 0) {
            budget(factory, settings);
        }
        alarms = factory.alarms();
        OverviewDashboard.create(this, settings, metrics, data, compute, alarms);
    }

    /** 80 % of the monthly limit, actual spend; and, in us-east-1 only, the billing alarm. */
    private void budget(AlarmFactory factory, Settings settings) {
        topic.addToResourcePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("budgets.amazonaws.com")))
                .actions(List.of("SNS:Publish"))
                .resources(List.of(topic.getTopicArn()))
                .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", getAccount())))
                .build());
        CfnBudget.Builder.create(this, "Budget")
                .budget(CfnBudget.BudgetDataProperty.builder()
                        .budgetName("frgm-monthly")
                        .budgetType("COST")
                        .timeUnit("MONTHLY")
                        .budgetLimit(CfnBudget.SpendProperty.builder()
                                .amount(settings.budgetUsd())
                                .unit("USD")
                                .build())
                        .build())
                .notificationsWithSubscribers(List.of(CfnBudget.NotificationWithSubscribersProperty.builder()
                        .notification(CfnBudget.NotificationProperty.builder()
                                .notificationType("ACTUAL")
                                .comparisonOperator("GREATER_THAN")
                                .threshold(80)
                                .thresholdType("PERCENTAGE")
                                .build())
                        .subscribers(List.of(CfnBudget.SubscriberProperty.builder()
                                .subscriptionType("SNS")
                                .address(topic.getTopicArn())
                                .build()))
                        .build()))
                .build();
        if ("us-east-1".equals(settings.region())) {
            // AWS/Billing exists only in us-east-1 (and only once billing alerts are enabled).
            factory.alarm(
                    "EstimatedCharges",
                    "estimated-charges",
                    AlarmFactory.Condition.above(
                            Metric.Builder.create()
                                    .namespace("AWS/Billing")
                                    .metricName("EstimatedCharges")
                                    .dimensionsMap(Map.of("Currency", "USD"))
                                    .statistic("Maximum")
                                    .period(Duration.hours(6))
                                    .build(),
                            settings.budgetUsd()),
                    "The month's estimated charges passed the $" + settings.budgetUsd() + " budget.");
        }
    }

    public Topic topic() {
        return topic;
    }

    public List<Alarm> alarms() {
        return alarms;
    }
}
