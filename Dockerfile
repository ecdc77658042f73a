# One image recipe for the four services: docker compose builds it once per service (build arg SERVICE).
# Stage 1 builds the module with the Maven wrapper; stage 2 runs its packaged Quarkus application.
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY events events
COPY local-stack local-stack
COPY nlp-service nlp-service
COPY ingest-service ingest-service
COPY store-service store-service
COPY api-gateway api-gateway
COPY e2e/pom.xml e2e/pom.xml
COPY bench/pom.xml bench/pom.xml
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests -pl ${SERVICE} -am package

FROM eclipse-temurin:17-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 1001 marsad
WORKDIR /app
COPY --from=build --chown=1001 /src/${SERVICE}/target/quarkus-app/ /app/
USER 1001
ENV JAVA_OPTS="-Xms64m -Xmx512m -XX:+UseSerialGC"
EXPOSE 8080 8081 8082 8083
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
