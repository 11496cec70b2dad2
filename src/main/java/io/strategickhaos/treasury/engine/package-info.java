/**
 * The pure simulation: money and the split, revenue operations, chaos fault models, the sandbox
 * bank and message bus, the clock, the auditor's invariant checkers and the run statistics.
 *
 * <p>May import only the JDK (java.lang, java.util, java.math). Nothing from fabric8, the operator
 * SDK, Jackson, picocli, files, sockets or wall clocks: time moves only through {@link
 * io.strategickhaos.treasury.engine.SimulationClock}, randomness only through the run's seed. The
 * single place that really waits is {@link io.strategickhaos.treasury.engine.RealTimeClock}, and it
 * waits through a {@link io.strategickhaos.treasury.engine.Sleeper} the caller can replace.
 */
package io.strategickhaos.treasury.engine;
