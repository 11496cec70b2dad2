package io.strategickhaos.treasury.engine;

/** Fakes for engine tests: banks and splitters that can be told to misbehave. */
final class TestAdapters {
  private TestAdapters() {}

  /** Forgets keys: every submission executes, so a retried key is paid twice. */
  static final class DoublePayingBank implements BankAdapter {
    @Override
    public String name() {
      return "double-paying-test-bank";
    }

    @Override
    public boolean sandbox() {
      return true;
    }

    @Override
    public TransferOutcome submit(long transferKey, long amountCents, long atMillis) {
      return TransferOutcome.EXECUTED;
    }

    @Override
    public InquiryStatus inquire(long transferKey) {
      return InquiryStatus.EXECUTED;
    }
  }

  /**
   * A sandbox bank whose inquiries always give one answer: UNKNOWN (it cannot answer, so a leg left
   * in doubt stays in flight) or NOT_EXECUTED (it lies, denying transfers it executed).
   */
  static final class FixedInquiryBank implements BankAdapter {
    private final SandboxBank delegate = new SandboxBank();
    private final String name;
    private final InquiryStatus answer;

    FixedInquiryBank(String name, InquiryStatus answer) {
      this.name = name;
      this.answer = answer;
    }

    static FixedInquiryBank silentOnInquiry() {
      return new FixedInquiryBank("silent-on-inquiry-test-bank", InquiryStatus.UNKNOWN);
    }

    static FixedInquiryBank denying() {
      return new FixedInquiryBank("denying-test-bank", InquiryStatus.NOT_EXECUTED);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean sandbox() {
      return true;
    }

    @Override
    public TransferOutcome submit(long transferKey, long amountCents, long atMillis) {
      return delegate.submit(transferKey, amountCents, atMillis);
    }

    @Override
    public InquiryStatus inquire(long transferKey) {
      return answer;
    }
  }

  /** A production-looking bank: does not declare itself a sandbox. */
  static final class ProductionBank implements BankAdapter {
    @Override
    public String name() {
      return "first-national-production";
    }

    @Override
    public boolean sandbox() {
      return false;
    }

    @Override
    public TransferOutcome submit(long transferKey, long amountCents, long atMillis) {
      throw new AssertionError("a production bank must never be called");
    }

    @Override
    public InquiryStatus inquire(long transferKey) {
      throw new AssertionError("a production bank must never be called");
    }
  }

  /** A production-looking message bus. */
  static final class ProductionBus implements MessageBus {
    @Override
    public String name() {
      return "nats-production-cluster";
    }

    @Override
    public boolean sandbox() {
      return false;
    }

    @Override
    public boolean publish(long transferKey, long atMillis) {
      throw new AssertionError("a production bus must never be called");
    }
  }

  /** Drops one cent from the operations leg of every split. */
  static final class CentDroppingSplitter implements Splitter {
    private final BasisPointSplitter exact = new BasisPointSplitter(700);

    @Override
    public long charityCents(long grossCents) {
      return exact.charityCents(grossCents);
    }

    @Override
    public long operationsCents(long grossCents) {
      return exact.operationsCents(grossCents) - 1;
    }
  }
}
