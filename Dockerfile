# syntax=docker/dockerfile:1
# Two stages: Maven builds the shaded jar exactly as CI does, a JRE runs it as a non-root user.
#   docker build -t ghcr.io/strategickhaos/treasury-resilience:0.1.0 .
#   docker run --rm ghcr.io/strategickhaos/treasury-resilience:0.1.0 run --iterations 5 --chaos-prob 0.5

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# The POM first, so the dependency download is a cached layer that only a POM change invalidates.
COPY pom.xml ./
RUN --mount=type=cache,target=/root/.m2 mvn -B -q dependency:go-offline || true
COPY src ./src
COPY crds ./crds
RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package

FROM eclipse-temurin:17-jre
LABEL org.opencontainers.image.title="treasury-resilience" \
      org.opencontainers.image.description="Kubernetes operator and CLI for deterministic financial chaos engineering" \
      org.opencontainers.image.source="https://github.com/strategickhaos/treasury-resilience" \
      org.opencontainers.image.version="0.1.0"
# UID/GID 10001: the same numbers as runAsUser/runAsGroup in k8s/deployment.yaml (a test compares
# them). Not the base image's 1000 (`ubuntu`), and no name that base-passwd already uses.
RUN groupadd --system --gid 10001 treasury \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin treasury
WORKDIR /app
# Owned by root and read-only to the runtime user: the jar cannot be changed by the process.
COPY --from=build /build/target/treasury-resilience.jar /app/treasury-resilience.jar
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["java","-jar","/app/treasury-resilience.jar"]
CMD ["operator"]
