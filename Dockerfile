# Freshet's image: `docker build -t freshet .` (or `docker compose up --build`). The first stage builds the jar
# with the project's Maven wrapper; the second runs it on a JRE, as the README's command does.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package -pl backend/freshet-app -am

FROM eclipse-temurin:21-jre
RUN useradd --system --home-dir /var/lib/freshet --create-home freshet
USER freshet
WORKDIR /var/lib/freshet
COPY --from=build /src/backend/freshet-app/target/freshet.jar /opt/freshet/freshet.jar
EXPOSE 8080
# the data directory holds the generated admin password (and, in the embedded default, PostgreSQL and the index)
VOLUME /var/lib/freshet
ENTRYPOINT ["java", "--add-modules", "jdk.incubator.vector", "-jar", "/opt/freshet/freshet.jar"]
