package io.strategickhaos.treasury.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator the samples are checked with catches each kind of mistake a manifest can make. */
class StructuralSchemaValidatorTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** A ChaosRun-like schema using every keyword the generated CRDs are expected to use. */
  private static final String SCHEMA = """
      type: object
      properties:
        apiVersion: {type: string}
        kind: {type: string}
        metadata: {type: object}
        spec:
          type: object
          required: [iterations]
          properties:
            iterations: {type: integer, format: int32, minimum: 1, maximum: 10000000}
            chaosProbability: {type: number, minimum: 0, maximum: 1}
            seed: {type: integer, format: int64}
            events:
              type: array
              x-kubernetes-list-type: set
              items:
                type: string
                enum: [bank_freeze_simulation, ach_failure_simulation]
            revenue:
              type: object
              properties:
                minAmount: {type: string, pattern: '^[0-9]+(\\.[0-9]{1,2})?$'}
                currency: {type: string, minLength: 3, maxLength: 3}
            timeMode: {type: string, enum: [Simulated, RealTime]}
            labels:
              type: object
              additionalProperties: {type: string}
            anything:
              type: object
              x-kubernetes-preserve-unknown-fields: true
            port:
              x-kubernetes-int-or-string: true
              anyOf: [{type: integer}, {type: string}]
        status:
          type: object
          x-kubernetes-preserve-unknown-fields: true
      """;

  @Test
  void acceptsAValidResourceWhateverItsMetadata() throws Exception {
    assertThat(errors("""
        apiVersion: v
        kind: ChaosRun
        metadata: {name: x, labels: {a: b}, annotations: {c: d}}
        spec:
          iterations: 5
          chaosProbability: 0.5
          seed: 9007199254740993
          events: [bank_freeze_simulation]
          revenue: {minAmount: "10.00", currency: USD}
          timeMode: Simulated
          labels: {team: sre}
          anything: {whatever: [1, 2]}
          port: http
        """)).isEmpty();
  }

  @Test
  void acceptsApiVersionKindAndMetadataAtTheRootOfASchemaThatLeavesThemOut() throws Exception {
    JsonNode schema = YAML.readTree("type: object\nproperties:\n  spec: {type: object}\n");
    assertThat(StructuralSchemaValidator.validateResource(schema,
        YAML.readTree("apiVersion: v\nkind: K\nmetadata: {name: x}\nspec: {}\n"))).isEmpty();
    assertThat(StructuralSchemaValidator.validateResource(schema,
        YAML.readTree("spec: {kind: K}\n"))).containsExactly("spec.kind: unknown field");
  }

  @Test
  void acceptsAWholeNumberForANumberAndOneWrittenWithAZeroFraction() throws Exception {
    assertThat(errors("spec: {iterations: 5.0, chaosProbability: 1}\n")).isEmpty();
  }

  @Test
  void rejectsUnknownFieldsNamingThem() throws Exception {
    assertThat(errors("spec: {iterations: 5, iteration: 6}\n")).containsExactly("spec.iteration: unknown field");
    assertThat(errors("spec: {iterations: 5, revenue: {maxAmount: \"1\"}}\n"))
        .containsExactly("spec.revenue.maxAmount: unknown field");
    assertThat(errors("spec: {iterations: 5}\nextra: 1\n")).containsExactly("extra: unknown field");
  }

  @Test
  void rejectsMissingRequiredFields() throws Exception {
    assertThat(errors("spec: {chaosProbability: 0.5}\n")).containsExactly("spec.iterations: is required");
  }

  @Test
  void rejectsOutOfRangeNumbersAndWrongTypes() throws Exception {
    assertThat(errors("spec: {iterations: 0}\n")).singleElement().asString().startsWith("spec.iterations: 0 is below");
    assertThat(errors("spec: {iterations: 10000001}\n")).singleElement().asString().contains("above the maximum");
    assertThat(errors("spec: {iterations: 5, chaosProbability: 1.5}\n")).singleElement().asString()
        .startsWith("spec.chaosProbability");
    assertThat(errors("spec: {iterations: 2.5}\n")).singleElement().asString().contains("must be an integer");
    assertThat(errors("spec: {iterations: \"5\"}\n")).singleElement().asString().contains("must be an integer");
    assertThat(errors("spec: {iterations: 5, chaosProbability: \"0.5\"}\n")).singleElement().asString()
        .contains("must be a number");
    assertThat(errors("spec: {iterations: 3000000000000}\n")).anyMatch(e -> e.contains("int32"));
    assertThat(errors("spec: {iterations: 5, port: 1.5}\n")).singleElement().asString().contains("integer or a string");
  }

  @Test
  void rejectsEnumPatternLengthAndSetViolations() throws Exception {
    assertThat(errors("spec: {iterations: 5, timeMode: simulated}\n")).singleElement().asString()
        .startsWith("spec.timeMode: string \"simulated\" is not one of");
    assertThat(errors("spec: {iterations: 5, events: [bank_freeze]}\n")).singleElement().asString()
        .startsWith("spec.events[0]");
    assertThat(errors("spec: {iterations: 5, events: [ach_failure_simulation, ach_failure_simulation]}\n"))
        .singleElement().asString().contains("duplicate");
    assertThat(errors("spec: {iterations: 5, revenue: {minAmount: \"10.001\"}}\n")).singleElement().asString()
        .contains("does not match");
    assertThat(errors("spec: {iterations: 5, revenue: {currency: US}}\n")).singleElement().asString()
        .contains("fewer than minLength 3");
    assertThat(errors("spec: {iterations: 5, labels: {team: 7}}\n")).singleElement().asString()
        .startsWith("spec.labels.team: must be a string");
  }

  @Test
  void refusesToPassASchemaKeywordItDoesNotCheck() throws Exception {
    JsonNode schema = YAML.readTree("type: object\nproperties:\n  a: {type: string, contentEncoding: base64}\n");
    assertThat(StructuralSchemaValidator.validateResource(schema, YAML.readTree("a: x\n")))
        .singleElement().asString().contains("contentEncoding");
  }

  private static List<String> errors(String resource) throws Exception {
    return StructuralSchemaValidator.validateResource(YAML.readTree(SCHEMA), YAML.readTree(resource));
  }
}
