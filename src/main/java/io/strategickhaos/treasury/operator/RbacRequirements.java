package io.strategickhaos.treasury.operator;

import java.util.List;
import java.util.Set;

/**
 * Every Kubernetes permission the operator uses, in one place: the RBAC in {@code k8s/} must grant
 * exactly these (a test compares them), and the code must need nothing more (the end-to-end tests
 * run the operator as its ServiceAccount). Nothing on Secrets or Pods.
 */
public final class RbacRequirements {
  /** One RBAC rule: API group ("" for core), resource (with subresource), verbs. */
  public record Rule(String apiGroup, String resource, Set<String> verbs) {}

  public static final String GROUP = "treasury.strategickhaos.io";

  /** Granted cluster-wide by a ClusterRole (or per watched namespace). */
  public static final List<Rule> CLUSTER_RULES =
      List.of(
          new Rule(GROUP, "chaosruns", Set.of("get", "list", "watch", "create", "delete", "patch", "update")),
          new Rule(GROUP, "chaosruns/status", Set.of("get", "patch", "update")),
          new Rule(GROUP, "chaosschedules", Set.of("get", "list", "watch", "patch", "update")),
          new Rule(GROUP, "chaosschedules/status", Set.of("get", "patch", "update")),
          new Rule("", "configmaps", Set.of("get", "list", "watch", "create")),
          new Rule("", "events", Set.of("create", "patch")));

  /**
   * Granted by a Role in the operator's own namespace: leader election only. fabric8's LeaderElector
   * renews and takes over the Lease with PATCH; JOSDK checks get, create and update at start-up.
   */
  public static final List<Rule> OPERATOR_NAMESPACE_RULES =
      List.of(new Rule("coordination.k8s.io", "leases", Set.of("get", "create", "update", "patch")));

  private RbacRequirements() {}
}
