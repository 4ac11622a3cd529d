package com.frgm.dashboard.infra.monitoring;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * Makes every alarm the same way: named {@code frgm-<env>-<what>}, described in words an
 * on-call reader can act on (with the runbook), and sending both the alarm and the recovery to
 * the topic that Chatbot relays to Slack.
 */
final class AlarmFactory {

    private final Construct scope;
    private final String env;
    private final ITopic topic;
    private final List<Alarm> alarms = new ArrayList<>();

    AlarmFactory(Construct scope, String env, ITopic topic) {
        this.scope = scope;
        this.env = env;
        this.topic = topic;
    }

    /** The condition of one alarm; {@code datapoints} of the last {@code periods} periods must breach. */
    record Condition(
            IMetric metric,
            ComparisonOperator operator,
            double threshold,
            int periods,
            int datapoints,
            TreatMissingData missing) {

        static Condition above(IMetric metric, double threshold) {
            return new Condition(
                    metric, ComparisonOperator.GREATER_THAN_THRESHOLD, threshold, 1, 1, TreatMissingData.NOT_BREACHING);
        }

        static Condition atLeast(IMetric metric, double threshold) {
            return new Condition(
                    metric,
                    ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                    threshold,
                    1,
                    1,
                    TreatMissingData.NOT_BREACHING);
        }

        static Condition below(IMetric metric, double threshold) {
            return new Condition(
                    metric, ComparisonOperator.LESS_THAN_THRESHOLD, threshold, 1, 1, TreatMissingData.NOT_BREACHING);
        }

        Condition sustained(int periods) {
            return new Condition(metric, operator, threshold, periods, periods, missing);
        }

        /** No data counts as breaching: silence from the source is itself the problem. */
        Condition missingIsBreaching() {
            return new Condition(metric, operator, threshold, periods, datapoints, TreatMissingData.BREACHING);
        }
    }

    Alarm alarm(String id, String what, Condition condition, String description) {
        Alarm alarm = Alarm.Builder.create(scope, id)
                .metric(condition.metric())
                .alarmName("frgm-" + env + "-" + what)
                .alarmDescription(description)
                .comparisonOperator(condition.operator())
                .threshold(condition.threshold())
                .evaluationPeriods(condition.periods())
                .datapointsToAlarm(condition.datapoints())
                .treatMissingData(condition.missing())
                .build();
        SnsAction action = new SnsAction(topic);
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
        alarms.add(alarm);
        return alarm;
    }

    List<Alarm> alarms() {
        return List.copyOf(alarms);
    }
}
