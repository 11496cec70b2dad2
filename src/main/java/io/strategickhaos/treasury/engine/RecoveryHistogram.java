package io.strategickhaos.treasury.engine;

/**
 * Recovery times in fixed memory, deterministically: values below 256 ms get a bucket each, larger
 * ones fall into log-linear buckets of 128 per power of two (under 1 % wide). Each bucket keeps the
 * largest value it saw, and a percentile answers with that value, so it is always a time that
 * really occurred, exact when the times are discrete (as backoff schedules make them), and never
 * more than a bucket's width above the true percentile.
 */
final class RecoveryHistogram {
  private static final int EXACT_LIMIT = 256;
  private static final int SUB_BUCKETS = 128;
  private static final int SUB_BUCKET_BITS = 7;
  private static final int BUCKETS = EXACT_LIMIT + (63 - 8) * SUB_BUCKETS;

  private final long[] counts = new long[BUCKETS];
  private final long[] maxInBucketMillis = new long[BUCKETS];
  private long count;
  private long minMillis = Long.MAX_VALUE;
  private long maxMillis = Long.MIN_VALUE;

  void record(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("recovery time must not be negative, got " + millis);
    }
    int bucket = bucketOf(millis);
    counts[bucket]++;
    if (millis > maxInBucketMillis[bucket]) {
      maxInBucketMillis[bucket] = millis;
    }
    count++;
    minMillis = Math.min(minMillis, millis);
    maxMillis = Math.max(maxMillis, millis);
  }

  /** The nearest-rank percentile: the value at rank ceil(p * count), from its bucket. */
  long percentileMillis(double fraction) {
    if (count == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(fraction * count));
    long seen = 0;
    for (int bucket = 0; bucket < BUCKETS; bucket++) {
      seen += counts[bucket];
      if (seen >= rank) {
        return maxInBucketMillis[bucket];
      }
    }
    return maxMillis;
  }

  RecoveryTimes summary() {
    if (count == 0) {
      return new RecoveryTimes(0, 0, 0, 0, 0);
    }
    return new RecoveryTimes(count, minMillis, percentileMillis(0.50), percentileMillis(0.95), maxMillis);
  }

  static int bucketOf(long millis) {
    if (millis < EXACT_LIMIT) {
      return (int) millis;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(millis); // >= 8
    int subBucket = (int) (millis >>> (exponent - SUB_BUCKET_BITS)) & (SUB_BUCKETS - 1);
    return EXACT_LIMIT + (exponent - 8) * SUB_BUCKETS + subBucket;
  }
}
