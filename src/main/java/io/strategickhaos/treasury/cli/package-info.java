/**
 * The command line: {@code run} (the default), {@code verify} and {@code operator}, on picocli. It
 * turns flags and the environment into {@code SimulationOptions}, logs in the seed's style, writes
 * the report files atomically and maps outcomes to exit codes (0 PASS, 1 FAIL or mismatch, 2 bad
 * input, 3 I/O or internal error). The only package that reads {@code System.getenv}, the wall
 * clock or a random seed source; tests inject all three through {@link CliContext}.
 */
package io.strategickhaos.treasury.cli;
