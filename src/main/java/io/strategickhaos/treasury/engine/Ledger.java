package io.strategickhaos.treasury.engine;

/**
 * Where the money of a run ended up, in minor units. Conservation means
 * {@code grossCents == operationsCents + charityCents + suspenseCents}.
 *
 * @param grossCents sum of all revenue events
 * @param operationsCents settled on the operations legs
 * @param charityCents settled on the charity (ValorYield) legs
 * @param suspenseCents booked to suspense because a leg could not settle in time
 * @param duplicatesAbsorbed repeated submissions the sandbox bank answered with the first result
 */
public record Ledger(
    long grossCents, long operationsCents, long charityCents, long suspenseCents, long duplicatesAbsorbed) {}
