/**
 * The Kubernetes operator: configuration, the ChaosRun reconciler and its collaborators (spec
 * validation, the bounded run executor, status building, report ConfigMaps, Events, metrics) and
 * the process around them (HTTP probes and metrics, logging, leader election). Runs the engine
 * through {@code ChaosEngine.run}; the engine and the report never import anything from here.
 */
package io.strategickhaos.treasury.operator;
