package com.frgm.dashboard.eventstore.aws;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * One client per AWS service for the whole application, built on first use (a local run
 * needs none) and closed with the context. The history's DynamoDB client is the query side's.
 */
@Configuration(proxyBeanMethods = false)
public class AwsClientsConfiguration {

    @Bean(destroyMethod = "close")
    @Lazy
    S3Client s3Client() {
        return AwsClients.s3();
    }

    @Bean(destroyMethod = "close")
    @Lazy
    SqsClient sqsClient() {
        return AwsClients.sqs();
    }

    @Bean(destroyMethod = "close")
    @Lazy
    SecretsManagerClient secretsManagerClient() {
        return AwsClients.secretsManager();
    }
}
