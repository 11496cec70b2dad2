package io.strategickhaos.treasury.engine;

/** The bank's answer to "did you execute this key?", used to settle legs left in doubt. */
public enum InquiryStatus {
  EXECUTED,
  NOT_EXECUTED,
  /** The bank cannot tell; the leg stays in flight and liveness reports it. */
  UNKNOWN
}
