package com.frgm.dashboard.infra.stores;

import com.frgm.dashboard.infra.Settings;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.memorydb.CfnACL;
import software.amazon.awscdk.services.memorydb.CfnCluster;
import software.amazon.awscdk.services.memorydb.CfnParameterGroup;
import software.amazon.awscdk.services.memorydb.CfnSubnetGroup;
import software.amazon.awscdk.services.memorydb.CfnUser;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The read model (ADR 0004) on MemoryDB: a Redis cluster with TLS, one shard, a replica in the
 * other zone in prod, and one ACL user whose password lives in Secrets Manager. Eviction is off:
 * Redis holds current state only, and a full Redis should raise the memory alarm and fail writes,
 * not silently drop ladders (docs/runbook-redis-memory.md).
 */
public final class ReadModelCache extends Construct {

    public static final String USER = "frgm-app";
    public static final int PORT = 6379;
    /** Everything the projections and the live fan-out use; no FLUSHALL, FLUSHDB or KEYS. */
    public static final String ACCESS = "on ~* &* +@all -flushall -flushdb -keys";

    private final CfnCluster cluster;
    private final Secret secret;

    ReadModelCache(Construct scope, String id, Settings settings, List<ISubnet> subnets, ISecurityGroup securityGroup) {
        super(scope, id);
        String name = "frgm-" + settings.env();
        secret = Secret.Builder.create(this, "Credentials")
                .secretName("frgm/" + settings.env() + "/redis")
                .description("MemoryDB ACL user of the dashboard")
                .generateSecretString(SecretStringGenerator.builder()
                        .secretStringTemplate("{\"username\":\"" + USER + "\"}")
                        .generateStringKey("password")
                        // MemoryDB takes 16-128 printable characters; none that a URL would need escaped.
                        .excludePunctuation(true)
                        .passwordLength(32)
                        .build())
                .build();
        CfnUser user = CfnUser.Builder.create(this, "User")
                .userName(USER)
                .accessString(ACCESS)
                .authenticationMode(Map.of(
                        "Type",
                        "password",
                        "Passwords",
                        List.of(secret.secretValueFromJson("password").unsafeUnwrap())))
                .build();
        CfnACL acl = CfnACL.Builder.create(this, "Acl")
                .aclName(name)
                .userNames(List.of(USER))
                .build();
        acl.addDependency(user);
        CfnSubnetGroup subnetGroup = CfnSubnetGroup.Builder.create(this, "Subnets")
                .subnetGroupName(name)
                .subnetIds(subnets.stream().map(ISubnet::getSubnetId).toList())
                .build();
        CfnParameterGroup parameters = CfnParameterGroup.Builder.create(this, "Parameters")
                .parameterGroupName(name)
                .family("memorydb_redis7")
                .parameters(Map.of("maxmemory-policy", "noeviction"))
                .build();
        cluster = CfnCluster.Builder.create(this, "Cluster")
                .clusterName(name)
                .engine("redis")
                .engineVersion("7.1")
                .nodeType(settings.redisNodeType())
                .numShards(1)
                .numReplicasPerShard(settings.redisReplicas())
                .aclName(acl.getAclName())
                .tlsEnabled(true)
                .port(PORT)
                .subnetGroupName(subnetGroup.getSubnetGroupName())
                .securityGroupIds(List.of(securityGroup.getSecurityGroupId()))
                .parameterGroupName(parameters.getParameterGroupName())
                .autoMinorVersionUpgrade(true)
                // Redis is rebuilt from the event store; a day of snapshots only shortens that.
                .snapshotRetentionLimit(settings.prod() ? 1 : 0)
                .build();
        cluster.addDependency(acl);
        cluster.addDependency(subnetGroup);
        cluster.addDependency(parameters);
    }

    public String clusterName() {
        return cluster.getClusterName();
    }

    /** {@code host:port} of the cluster configuration endpoint, for spring.data.redis.cluster.nodes. */
    public String clusterNodes() {
        return cluster.getAttrClusterEndpointAddress() + ":" + PORT;
    }

    public ISecret secret() {
        return secret;
    }
}
