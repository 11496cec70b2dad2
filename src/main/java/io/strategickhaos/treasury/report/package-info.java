/**
 * The anti-fragility report: Markdown in the seed's format followed by the added sections, its
 * JSON twin, the SHA-256 of the Markdown bytes and the results digest (SHA-256 of the canonical
 * JSON of the results). Reads engine results; imports nothing from {@code cli} or {@code operator}
 * and does no file I/O, so the operator can store the same bytes the CLI writes.
 */
package io.strategickhaos.treasury.report;
