package com.termboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Consistency checks of the deployment files under {@code deploy/} (Dockerfile, compose file, Kubernetes manifests)
 * against each other and against pom.xml. Plain JUnit, no Quarkus: it only reads files.
 *
 * <p>Paths are relative to the working directory, which is the project root under Maven Surefire. They can be
 * redirected with system properties: {@code termboard.project.dir} (default {@code .}), {@code termboard.deploy.dir}
 * (default {@code <project>/deploy}) and {@code termboard.pom} (default {@code <project>/pom.xml}).
 */
class DeployFilesTest {

    private static final Path PROJECT_DIR = Path.of(System.getProperty("termboard.project.dir", "."));
    private static final Path DEPLOY_DIR = Path.of(
            System.getProperty("termboard.deploy.dir", PROJECT_DIR.resolve("deploy").toString()));
    private static final Path POM = Path.of(
            System.getProperty("termboard.pom", PROJECT_DIR.resolve("pom.xml").toString()));
    private static final Path K8S_DIR = DEPLOY_DIR.resolve("kubernetes");
    private static final Path COMPOSE = DEPLOY_DIR.resolve("compose.yaml");
    private static final Path DOCKERFILE = DEPLOY_DIR.resolve("Dockerfile");
    private static final Path SECRET_EXAMPLE = K8S_DIR.resolve("secret.example.yaml");
    private static final Path KUSTOMIZATION = K8S_DIR.resolve("kustomization.yaml");

    /** Keys of the Secret that CloudNativePG generates for the application owner ({@code <cluster>-app}). */
    private static final Set<String> CNPG_APP_SECRET_KEYS = Set.of(
            "username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass",
            "fqdn-uri", "fqdn-jdbc-uri", "user");

    /** Every YAML document of every file under deploy/, in file order. */
    private static final Map<Path, List<Object>> YAML_DOCS = new LinkedHashMap<>();
    /** Parse errors by file. */
    private static final Map<Path, String> YAML_ERRORS = new LinkedHashMap<>();
    /** Every Kubernetes object (map with apiVersion and kind) under deploy/kubernetes/, with its file. */
    private static final List<K8sObject> K8S_OBJECTS = new ArrayList<>();

    private record K8sObject(Path file, Map<String, Object> body) {
        String kind() {
            return String.valueOf(body.get("kind"));
        }

        String apiVersion() {
            return String.valueOf(body.get("apiVersion"));
        }

        String name() {
            return String.valueOf(map(body.get("metadata"), "metadata of " + kind() + " in " + file).get("name"));
        }
    }

    @BeforeAll
    static void loadYaml() throws IOException {
        assertTrue(Files.isDirectory(DEPLOY_DIR),
                "deploy directory not found: " + DEPLOY_DIR.toAbsolutePath()
                        + " (run from the project root or set -Dtermboard.deploy.dir)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DEPLOY_DIR)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml")
                            || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertFalse(files.isEmpty(), "no YAML file found under " + DEPLOY_DIR.toAbsolutePath());
        for (Path file : files) {
            List<Object> docs = new ArrayList<>();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (Object doc : newYaml().loadAll(reader)) {
                    if (doc != null) {
                        docs.add(doc);
                    }
                }
            } catch (YAMLException e) {
                // Reported by everyYamlFileIsValidYaml; the other checks run on the files that parse.
                YAML_ERRORS.put(file, e.getMessage());
                continue;
            }
            YAML_DOCS.put(file, docs);
            if (file.startsWith(K8S_DIR)) {
                for (Object doc : docs) {
                    if (doc instanceof Map<?, ?> m && m.containsKey("apiVersion") && m.containsKey("kind")) {
                        K8S_OBJECTS.add(new K8sObject(file, map(m, file.toString())));
                    }
                }
            }
        }
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        // kubectl and docker compose reject duplicate keys; so does this test.
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // YAML in general

    @Test
    void everyYamlFileIsValidYaml() {
        assertTrue(YAML_ERRORS.isEmpty(), () -> "invalid YAML:\n" + YAML_ERRORS.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n")));
    }

    @Test
    void everyYamlFileHoldsAtLeastOneDocument() {
        YAML_DOCS.forEach((file, docs) -> assertFalse(docs.isEmpty(), "YAML file has no document: " + file));
    }

    @Test
    void everyKubernetesDocumentHasApiVersionKindAndName() {
        YAML_DOCS.forEach((file, docs) -> {
            if (!file.startsWith(K8S_DIR)) {
                return;
            }
            for (Object doc : docs) {
                Map<String, Object> m = map(doc, "document in " + file);
                assertNotNull(m.get("apiVersion"), "document without apiVersion in " + file);
                assertNotNull(m.get("kind"), "document without kind in " + file);
                if (!"Kustomization".equals(m.get("kind"))) {
                    Object name = map(m.get("metadata"), "metadata in " + file).get("name");
                    assertTrue(name instanceof String s && !s.isBlank(),
                            m.get("kind") + " without metadata.name in " + file);
                }
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // compose.yaml

    @Test
    void composeDatabaseServiceIsPostgres17WithHealthcheckAndVolume() {
        Map<String, Object> compose = composeFile();
        Map<String, Object> db = composeService(compose, "db");
        String image = String.valueOf(db.get("image"));
        assertTrue(image.startsWith("postgres:17"), "compose service db must use image postgres:17*, found: " + image);

        Map<String, Object> healthcheck = map(db.get("healthcheck"), "compose service db has no healthcheck");
        assertTrue(String.valueOf(healthcheck.get("test")).contains("pg_isready"),
                "compose db healthcheck must run pg_isready, found: " + healthcheck.get("test"));

        List<Object> volumes = list(db.get("volumes"), "compose service db has no volumes");
        assertFalse(volumes.isEmpty(), "compose service db has an empty volumes list");
        Map<String, Object> namedVolumes = map(compose.get("volumes"),
                "compose file declares no top-level volumes (the db data volume must be a named volume)");
        boolean usesNamedVolume = volumes.stream()
                .map(v -> v instanceof Map<?, ?> m ? String.valueOf(m.get("source")) : String.valueOf(v).split(":")[0])
                .anyMatch(namedVolumes::containsKey);
        assertTrue(usesNamedVolume, "compose db volumes " + volumes + " use none of the named volumes "
                + namedVolumes.keySet());

        String password = composeEnv(db).get("POSTGRES_PASSWORD");
        assertTrue(password != null && password.matches("\\$\\{POSTGRES_PASSWORD:\\?.*}"),
                "compose db POSTGRES_PASSWORD must be required with ${POSTGRES_PASSWORD:?...}, found: " + password);
    }

    @Test
    void composeAppWaitsForHealthyDatabaseAndUsesIt() {
        Map<String, Object> compose = composeFile();
        Map<String, Object> app = composeService(compose, "app");
        Map<String, Object> dependsOn = map(app.get("depends_on"),
                "compose service app needs depends_on in the long form (db: {condition: service_healthy})");
        Map<String, Object> dbDependency = map(dependsOn.get("db"), "compose service app does not depend on db");
        assertEquals("service_healthy", dbDependency.get("condition"),
                "compose app must wait for db with condition service_healthy");

        Map<String, String> env = composeEnv(app);
        String jdbcUrl = env.get("QUARKUS_DATASOURCE_JDBC_URL");
        assertTrue(jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql://db:5432/"),
                "compose app QUARKUS_DATASOURCE_JDBC_URL must point at the db service, found: " + jdbcUrl);
        for (String required : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY")) {
            assertTrue(env.containsKey(required), "compose app environment lacks " + required);
        }
        env.forEach((name, value) -> {
            if (name.contains("PASSWORD") || name.contains("KEY")) {
                Matcher defaults = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}").matcher(value);
                while (defaults.find()) {
                    assertTrue(defaults.group(1).isEmpty(),
                            "compose app secret " + name + " must not have a default value, found: " + value);
                }
            }
        });

        boolean publishes8080 = list(app.get("ports"), "compose service app publishes no port").stream()
                .map(String::valueOf)
                .anyMatch(p -> p.endsWith(":8080") || p.contains("target=8080") || p.equals("8080"));
        assertTrue(publishes8080, "compose app must publish container port 8080, found: " + app.get("ports"));

        Map<String, Object> healthcheck = map(app.get("healthcheck"), "compose service app has no healthcheck");
        assertTrue(String.valueOf(healthcheck.get("test")).contains(":9000/q/health/ready"),
                "compose app healthcheck must probe /q/health/ready on the management port 9000, found: "
                        + healthcheck.get("test"));
        assertFalse(list(app.get("ports"), "compose app ports").stream().map(String::valueOf)
                .anyMatch(p -> p.endsWith(":9000") && !p.startsWith("127.0.0.1:")),
                "compose app must not publish the management port 9000 beyond the host: " + app.get("ports"));
    }

    @Test
    void composeBuildsFromTheDockerfile() {
        Map<String, Object> app = composeService(composeFile(), "app");
        Map<String, Object> build = map(app.get("build"), "compose service app has no build section");
        Path context = COMPOSE.getParent().resolve(String.valueOf(build.get("context"))).normalize();
        Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile"))).normalize();
        assertTrue(Files.isRegularFile(dockerfile),
                "compose app build points at a missing Dockerfile: " + dockerfile.toAbsolutePath());
        assertEquals(DOCKERFILE.toAbsolutePath().normalize(), dockerfile.toAbsolutePath().normalize(),
                "compose app must build deploy/Dockerfile");
        assertTrue(Files.isRegularFile(context.resolve("pom.xml")),
                "compose build context " + context.toAbsolutePath() + " is not the project root (no pom.xml)");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Kubernetes: Deployment

    @Test
    void deploymentHasReplicasRollingUpdateAndProbes() {
        K8sObject deployment = single("Deployment");
        Map<String, Object> spec = map(deployment.body().get("spec"), "Deployment has no spec");
        int replicas = integer(spec.get("replicas"), "Deployment spec.replicas");
        assertTrue(replicas >= 2, "Deployment must run at least 2 replicas, found " + replicas);

        Map<String, Object> strategy = map(spec.get("strategy"), "Deployment has no strategy");
        assertEquals("RollingUpdate", strategy.get("type"), "Deployment strategy must be RollingUpdate");
        Object maxUnavailable = map(strategy.get("rollingUpdate"), "Deployment has no rollingUpdate settings")
                .get("maxUnavailable");
        assertTrue("0".equals(String.valueOf(maxUnavailable)) || "0%".equals(String.valueOf(maxUnavailable)),
                "Deployment rollingUpdate.maxUnavailable must be 0, found " + maxUnavailable);

        Map<String, Object> container = appContainer(deployment);
        assertEquals("/q/health/ready", probePath(container, "readinessProbe"),
                "readinessProbe must call /q/health/ready");
        assertEquals("/q/health/live", probePath(container, "livenessProbe"),
                "livenessProbe must call /q/health/live");
        assertNotNull(probePath(container, "startupProbe"), "startupProbe must be an HTTP probe");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            Object port = map(map(container.get(probe), probe).get("httpGet"), probe + ".httpGet").get("port");
            assertEquals(9000, containerPort(container, port),
                    probe + " must target the management interface, container port 9000");
        }
    }

    @Test
    void deploymentHasResourcesAndRunsLockedDown() {
        K8sObject deployment = single("Deployment");
        Map<String, Object> podSpec = podSpec(deployment);
        Map<String, Object> container = appContainer(deployment);

        Map<String, Object> resources = map(container.get("resources"), "app container has no resources");
        Map<String, Object> requests = map(resources.get("requests"), "app container has no resources.requests");
        Map<String, Object> limits = map(resources.get("limits"), "app container has no resources.limits");
        assertNotNull(requests.get("cpu"), "resources.requests.cpu missing (the CPU autoscaler needs it)");
        assertNotNull(requests.get("memory"), "resources.requests.memory missing");
        assertNotNull(limits.get("memory"), "resources.limits.memory missing");

        Map<String, Object> podSecurity = map(podSpec.get("securityContext"), "pod has no securityContext");
        assertEquals(Boolean.TRUE, podSecurity.get("runAsNonRoot"), "pod securityContext.runAsNonRoot must be true");
        Map<String, Object> securityContext = map(container.get("securityContext"),
                "app container has no securityContext");
        assertFalse(Boolean.FALSE.equals(securityContext.get("runAsNonRoot")),
                "app container overrides runAsNonRoot with false");
        assertEquals(Boolean.FALSE, securityContext.get("allowPrivilegeEscalation"),
                "app container must set allowPrivilegeEscalation: false");
        List<Object> dropped = list(map(securityContext.get("capabilities"), "app container capabilities")
                .get("drop"), "app container capabilities.drop");
        assertTrue(dropped.contains("ALL"), "app container must drop ALL capabilities, drops " + dropped);
        Object seccomp = map(podSecurity.getOrDefault("seccompProfile", securityContext.get("seccompProfile")),
                "seccompProfile missing on pod and container").get("type");
        assertEquals("RuntimeDefault", seccomp, "seccompProfile type must be RuntimeDefault");

        if (Boolean.TRUE.equals(securityContext.get("readOnlyRootFilesystem"))) {
            String tmpVolume = list(container.get("volumeMounts"),
                    "read-only root filesystem but no volumeMounts (java.io.tmpdir must be writable)").stream()
                    .map(m -> map(m, "volumeMount"))
                    .filter(m -> "/tmp".equals(m.get("mountPath")))
                    .map(m -> String.valueOf(m.get("name")))
                    .findFirst().orElse(null);
            assertNotNull(tmpVolume, "read-only root filesystem but nothing is mounted on /tmp");
            boolean emptyDir = list(podSpec.get("volumes"), "pod has no volumes").stream()
                    .map(v -> map(v, "volume"))
                    .anyMatch(v -> tmpVolume.equals(v.get("name")) && v.containsKey("emptyDir"));
            assertTrue(emptyDir, "volume " + tmpVolume + " mounted on /tmp must be an emptyDir");
        } else {
            fail("app container must set readOnlyRootFilesystem: true");
        }

        // runAsNonRoot can only be verified by the kubelet for a numeric user.
        String dockerUser = dockerfileUser();
        assertTrue(dockerUser.matches("\\d+(:\\d+)?") || podSecurity.get("runAsUser") != null,
                "Dockerfile USER '" + dockerUser + "' is not numeric and the pod sets no runAsUser:"
                        + " runAsNonRoot would refuse to start the container");
        assertFalse(dockerUser.equals("0") || dockerUser.startsWith("0:") || dockerUser.equals("root"),
                "Dockerfile USER must not be root, found " + dockerUser);
    }

    @Test
    void deploymentIsScrapedAndSpreadOverNodes() {
        K8sObject deployment = single("Deployment");
        Map<String, Object> template = map(map(deployment.body().get("spec"), "spec").get("template"), "template");
        Map<String, Object> annotations = map(map(template.get("metadata"), "pod template metadata")
                .get("annotations"), "pod template has no annotations (prometheus.io/*)");
        assertEquals("true", annotations.get("prometheus.io/scrape"),
                "annotation prometheus.io/scrape must be \"true\"");
        assertEquals("/q/metrics", annotations.get("prometheus.io/path"), "annotation prometheus.io/path");
        assertEquals("9000", String.valueOf(annotations.get("prometheus.io/port")),
                "annotation prometheus.io/port must be the management port");

        Map<String, Object> podSpec = podSpec(deployment);
        boolean spreadByNode = podSpec.get("topologySpreadConstraints") instanceof List<?> constraints
                && constraints.stream().anyMatch(c -> c instanceof Map<?, ?> m
                        && "kubernetes.io/hostname".equals(m.get("topologyKey")));
        boolean antiAffinityByNode = String.valueOf(podSpec.get("affinity")).contains("podAntiAffinity")
                && String.valueOf(podSpec.get("affinity")).contains("kubernetes.io/hostname");
        assertTrue(spreadByNode || antiAffinityByNode,
                "Deployment must spread its pods over nodes (topologySpreadConstraints or podAntiAffinity"
                        + " on kubernetes.io/hostname)");
    }

    @Test
    void deploymentDatabaseSettingsMatchThePostgresCluster() {
        K8sObject deployment = single("Deployment");
        K8sObject cluster = single("Cluster");
        Map<String, Object> initdb = map(map(map(cluster.body().get("spec"), "Cluster spec").get("bootstrap"),
                "Cluster has no bootstrap").get("initdb"), "Cluster has no bootstrap.initdb");
        String database = String.valueOf(initdb.get("database"));
        String expectedUrl = "jdbc:postgresql://" + cluster.name() + "-rw:5432/" + database;

        Map<String, Map<String, Object>> env = containerEnv(appContainer(deployment));
        Map<String, Object> jdbcUrl = env.get("QUARKUS_DATASOURCE_JDBC_URL");
        assertNotNull(jdbcUrl, "Deployment does not set QUARKUS_DATASOURCE_JDBC_URL");
        String url = String.valueOf(jdbcUrl.get("value"));
        assertTrue(url.equals(expectedUrl) || url.startsWith(expectedUrl + "?"),
                "QUARKUS_DATASOURCE_JDBC_URL must be " + expectedUrl + " (read-write Service and database of Cluster "
                        + cluster.name() + "), found " + url);
        for (String var : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            assertEquals(cluster.name() + "-app", secretRefName(env.get(var)),
                    var + " must come from the CloudNativePG secret " + cluster.name() + "-app");
        }
        assertNotNull(secretRefName(env.get("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY")),
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY must come from a Secret (shared by all replicas)");
    }

    @Test
    void secretsReferencedByTheDeploymentExist() {
        K8sObject deployment = single("Deployment");
        K8sObject cluster = single("Cluster");
        String cnpgAppSecret = cluster.name() + "-app";

        Map<String, Set<String>> exampleSecrets = new LinkedHashMap<>();
        for (Object doc : YAML_DOCS.getOrDefault(SECRET_EXAMPLE, List.of())) {
            Map<String, Object> m = map(doc, "document in " + SECRET_EXAMPLE);
            if ("Secret".equals(m.get("kind"))) {
                Set<String> keys = new LinkedHashSet<>();
                for (String section : List.of("data", "stringData")) {
                    if (m.get(section) instanceof Map<?, ?> data) {
                        data.keySet().forEach(k -> keys.add(String.valueOf(k)));
                    }
                }
                exampleSecrets.put(String.valueOf(map(m.get("metadata"), "Secret metadata").get("name")), keys);
            }
        }

        Map<String, Set<String>> referenced = new LinkedHashMap<>();
        Map<String, Object> podSpec = podSpec(deployment);
        List<Object> containers = new ArrayList<>(list(podSpec.get("containers"), "pod has no containers"));
        if (podSpec.get("initContainers") instanceof List<?> init) {
            containers.addAll(init);
        }
        for (Object c : containers) {
            Map<String, Object> container = map(c, "container");
            containerEnv(container).values().forEach(e -> {
                if (e.get("valueFrom") instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref) {
                    referenced.computeIfAbsent(String.valueOf(ref.get("name")), k -> new LinkedHashSet<>())
                            .add(String.valueOf(ref.get("key")));
                }
            });
            if (container.get("envFrom") instanceof List<?> envFrom) {
                envFrom.forEach(e -> {
                    if (e instanceof Map<?, ?> m && m.get("secretRef") instanceof Map<?, ?> ref) {
                        referenced.computeIfAbsent(String.valueOf(ref.get("name")), k -> new LinkedHashSet<>());
                    }
                });
            }
        }
        if (podSpec.get("volumes") instanceof List<?> volumes) {
            volumes.forEach(v -> {
                if (v instanceof Map<?, ?> m && m.get("secret") instanceof Map<?, ?> s) {
                    referenced.computeIfAbsent(String.valueOf(s.get("secretName")), k -> new LinkedHashSet<>());
                }
            });
        }
        assertFalse(referenced.isEmpty(), "the Deployment references no Secret (database credentials, session key)");

        referenced.forEach((name, keys) -> {
            if (name.equals(cnpgAppSecret)) {
                for (String key : keys) {
                    assertTrue(CNPG_APP_SECRET_KEYS.contains(key),
                            "key '" + key + "' is not a key of the CloudNativePG secret " + name
                                    + " (it has " + CNPG_APP_SECRET_KEYS + ")");
                }
            } else {
                Set<String> exampleKeys = exampleSecrets.get(name);
                assertNotNull(exampleKeys, "Secret '" + name + "' referenced by the Deployment is neither in "
                        + SECRET_EXAMPLE.getFileName() + " " + exampleSecrets.keySet()
                        + " nor the CloudNativePG secret " + cnpgAppSecret);
                for (String key : keys) {
                    assertTrue(exampleKeys.contains(key), "Secret '" + name + "' in " + SECRET_EXAMPLE.getFileName()
                            + " lacks the key '" + key + "' used by the Deployment");
                }
            }
        });
    }

    @Test
    void deploymentImageEqualsComposeImage() {
        String composeImage = resolveComposeVariables(String.valueOf(
                composeService(composeFile(), "app").get("image")));
        String deploymentImage = String.valueOf(appContainer(single("Deployment")).get("image"));
        assertEquals(composeImage, deploymentImage,
                "the Deployment's image must be the image that compose builds");

        // The kustomization may retag the image; it must not silently deploy something else.
        Map<String, Object> kustomization = kustomization();
        if (kustomization.get("images") instanceof List<?> images) {
            String name = imageName(deploymentImage);
            for (Object i : images) {
                Map<String, Object> image = map(i, "kustomization images entry");
                if (name.equals(image.get("name"))) {
                    if (image.get("newName") != null) {
                        assertEquals(name, image.get("newName"), "kustomization renames image " + name);
                    }
                    if (image.get("newTag") != null) {
                        assertEquals(imageTag(deploymentImage), String.valueOf(image.get("newTag")),
                                "kustomization newTag differs from the tag in deployment.yaml and compose.yaml");
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Kubernetes: Service, Ingress, PodDisruptionBudget, HorizontalPodAutoscaler, Cluster

    @Test
    void serviceSelectsTheDeploymentPodsOnPort8080() {
        K8sObject deployment = single("Deployment");
        K8sObject service = single("Service");
        Map<String, Object> spec = map(service.body().get("spec"), "Service has no spec");
        assertEquals("ClusterIP", spec.getOrDefault("type", "ClusterIP"), "Service type must be ClusterIP");
        Map<String, Object> selector = map(spec.get("selector"), "Service has no selector");
        assertFalse(selector.isEmpty(), "Service selector is empty");
        Map<String, Object> podLabels = podLabels(deployment);
        selector.forEach((k, v) -> assertEquals(v, podLabels.get(k),
                "Service selector " + k + "=" + v + " does not match the Deployment's pod labels " + podLabels));

        List<Object> ports = list(spec.get("ports"), "Service has no ports");
        Map<String, Object> port = map(ports.get(0), "Service port");
        assertEquals(80, integer(port.get("port"), "Service port"), "Service must listen on port 80");
        assertEquals(8080, containerPort(appContainer(deployment), port.getOrDefault("targetPort", port.get("port"))),
                "Service targetPort must reach container port 8080");
        // The Ingress reaches pods through this Service: the management port must not be one of its ports.
        for (Object p : ports) {
            Map<String, Object> each = map(p, "Service port");
            Object target = each.getOrDefault("targetPort", each.get("port"));
            assertFalse(containerPort(appContainer(deployment), target) == 9000 || "9000".equals(String.valueOf(
                    each.get("port"))), "Service must not expose the management port 9000: " + each);
        }
    }

    @Test
    void ingressRoutesToTheServiceWithTls() {
        K8sObject service = single("Service");
        K8sObject ingress = single("Ingress");
        assertEquals("networking.k8s.io/v1", ingress.apiVersion(), "Ingress apiVersion");
        Map<String, Object> spec = map(ingress.body().get("spec"), "Ingress has no spec");
        List<Object> tls = list(spec.get("tls"), "Ingress has no tls section");
        assertFalse(tls.isEmpty(), "Ingress tls section is empty");

        Set<String> servicePorts = new LinkedHashSet<>();
        list(map(service.body().get("spec"), "Service spec").get("ports"), "Service ports").forEach(p -> {
            Map<String, Object> port = map(p, "Service port");
            servicePorts.add(String.valueOf(port.get("port")));
            if (port.get("name") != null) {
                servicePorts.add(String.valueOf(port.get("name")));
            }
        });
        List<Map<String, Object>> backends = new ArrayList<>();
        for (Object r : list(spec.get("rules"), "Ingress has no rules")) {
            Map<String, Object> http = map(map(r, "Ingress rule").get("http"), "Ingress rule without http");
            for (Object p : list(http.get("paths"), "Ingress rule without paths")) {
                backends.add(map(map(map(p, "Ingress path").get("backend"), "Ingress path backend").get("service"),
                        "Ingress backend must be a service"));
            }
        }
        assertFalse(backends.isEmpty(), "Ingress has no backend");
        for (Map<String, Object> backend : backends) {
            assertEquals(service.name(), backend.get("name"), "Ingress backend must be the Service " + service.name());
            Map<String, Object> port = map(backend.get("port"), "Ingress backend port");
            String ref = String.valueOf(port.containsKey("name") ? port.get("name") : port.get("number"));
            assertTrue(servicePorts.contains(ref),
                    "Ingress backend port " + ref + " is not a port of the Service " + servicePorts);
        }
    }

    @Test
    void podDisruptionBudgetCoversTheDeploymentWithoutBlockingDrains() {
        K8sObject deployment = single("Deployment");
        K8sObject pdb = single("PodDisruptionBudget");
        assertEquals("policy/v1", pdb.apiVersion(), "PodDisruptionBudget apiVersion");
        Map<String, Object> spec = map(pdb.body().get("spec"), "PodDisruptionBudget has no spec");
        int minAvailable = integer(spec.get("minAvailable"), "PodDisruptionBudget minAvailable");
        assertTrue(minAvailable >= 1, "PodDisruptionBudget minAvailable must be at least 1");
        int replicas = integer(map(deployment.body().get("spec"), "spec").get("replicas"), "replicas");
        assertTrue(minAvailable < replicas, "PodDisruptionBudget minAvailable " + minAvailable
                + " must be below the replica count " + replicas + ", or no pod could ever be evicted");
        Map<String, Object> matchLabels = map(map(spec.get("selector"), "PodDisruptionBudget has no selector")
                .get("matchLabels"), "PodDisruptionBudget selector has no matchLabels");
        Map<String, Object> podLabels = podLabels(deployment);
        matchLabels.forEach((k, v) -> assertEquals(v, podLabels.get(k),
                "PodDisruptionBudget selector " + k + "=" + v + " does not match the pod labels " + podLabels));
    }

    @Test
    void horizontalPodAutoscalerScalesTheDeploymentOnCpu() {
        K8sObject deployment = single("Deployment");
        K8sObject hpa = single("HorizontalPodAutoscaler");
        assertEquals("autoscaling/v2", hpa.apiVersion(), "HorizontalPodAutoscaler apiVersion");
        Map<String, Object> spec = map(hpa.body().get("spec"), "HorizontalPodAutoscaler has no spec");
        Map<String, Object> target = map(spec.get("scaleTargetRef"), "HorizontalPodAutoscaler has no scaleTargetRef");
        assertEquals("Deployment", target.get("kind"), "HorizontalPodAutoscaler must scale a Deployment");
        assertEquals(deployment.name(), target.get("name"),
                "HorizontalPodAutoscaler must scale the Deployment " + deployment.name());
        int min = integer(spec.get("minReplicas"), "HorizontalPodAutoscaler minReplicas");
        int max = integer(spec.get("maxReplicas"), "HorizontalPodAutoscaler maxReplicas");
        assertTrue(min >= 2, "HorizontalPodAutoscaler minReplicas must be at least 2, found " + min);
        assertTrue(max >= min, "HorizontalPodAutoscaler maxReplicas " + max + " is below minReplicas " + min);
        int replicas = integer(map(deployment.body().get("spec"), "spec").get("replicas"), "replicas");
        assertTrue(replicas >= min && replicas <= max, "Deployment replicas " + replicas
                + " lie outside the autoscaler range " + min + ".." + max);
        boolean cpu = list(spec.get("metrics"), "HorizontalPodAutoscaler has no metrics").stream()
                .map(m -> map(m, "metric"))
                .anyMatch(m -> m.get("resource") instanceof Map<?, ?> r && "cpu".equals(r.get("name")));
        assertTrue(cpu, "HorizontalPodAutoscaler must scale on the cpu resource metric");
    }

    @Test
    void postgresClusterHasThreeInstancesOfTheComposePostgresMajor() {
        K8sObject cluster = single("Cluster");
        assertEquals("postgresql.cnpg.io/v1", cluster.apiVersion(), "Cluster must be a CloudNativePG Cluster");
        Map<String, Object> spec = map(cluster.body().get("spec"), "Cluster has no spec");
        assertEquals(3, integer(spec.get("instances"), "Cluster instances"), "Cluster must have 3 instances");
        assertNotNull(spec.get("storage"), "Cluster has no storage section");

        String composeImage = String.valueOf(composeService(composeFile(), "db").get("image"));
        String clusterImage = String.valueOf(spec.get("imageName"));
        assertTrue(clusterImage.startsWith("ghcr.io/cloudnative-pg/postgresql:"),
                "Cluster imageName must be a CloudNativePG PostgreSQL image, found " + clusterImage);
        assertEquals(majorOf(imageTag(composeImage)), majorOf(imageTag(clusterImage)),
                "PostgreSQL major version differs between compose (" + composeImage + ") and the Cluster ("
                        + clusterImage + ")");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // kustomization.yaml

    @Test
    void kustomizationListsExactlyTheManifests() {
        Map<String, Object> kustomization = kustomization();
        List<Object> resources = list(kustomization.get("resources"), "kustomization.yaml has no resources");
        Set<String> listed = new LinkedHashSet<>();
        for (Object r : resources) {
            String resource = String.valueOf(r);
            assertTrue(Files.exists(K8S_DIR.resolve(resource)),
                    "kustomization.yaml lists " + resource + ", which does not exist in " + K8S_DIR);
            assertTrue(listed.add(resource), "kustomization.yaml lists " + resource + " twice");
        }
        assertFalse(listed.contains(SECRET_EXAMPLE.getFileName().toString()),
                "kustomization.yaml must not apply the secret template " + SECRET_EXAMPLE.getFileName());
        YAML_DOCS.keySet().stream()
                .filter(f -> K8S_DIR.equals(f.getParent()))
                .map(f -> f.getFileName().toString())
                .filter(n -> !n.equals(KUSTOMIZATION.getFileName().toString()) && !n.contains(".example."))
                .forEach(n -> assertTrue(listed.contains(n), "manifest " + n + " is not listed in kustomization.yaml"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Dockerfile, .dockerignore and pom.xml

    @Test
    void dockerfileJavaVersionEqualsPomRelease() throws Exception {
        assertTrue(Files.isRegularFile(POM), "pom.xml not found at " + POM.toAbsolutePath()
                + " (run from the project root or set -Dtermboard.pom)");
        String release = pomProperty("maven.compiler.release");
        assertNotNull(release, "pom.xml has no <maven.compiler.release> property");

        List<String> fromLines = dockerfileLines().stream()
                .filter(l -> l.toUpperCase().startsWith("FROM "))
                .collect(Collectors.toList());
        assertTrue(fromLines.size() >= 2, "Dockerfile must be multi-stage (build and runtime), FROM lines: "
                + fromLines);
        Pattern temurin = Pattern.compile("(?i)^FROM\\s+(?:--platform=\\S+\\s+)?eclipse-temurin:(\\d+)[-.\\s]");
        int temurinLines = 0;
        for (String from : fromLines) {
            Matcher m = temurin.matcher(from + " ");
            if (m.find()) {
                temurinLines++;
                assertEquals(release.trim(), m.group(1), "Dockerfile line '" + from
                        + "' uses Java " + m.group(1) + " but pom.xml maven.compiler.release is " + release.trim());
            }
        }
        assertTrue(temurinLines >= 1, "no 'FROM eclipse-temurin:NN-...' line in the Dockerfile: " + fromLines);
    }

    @Test
    void dockerfileRunsTheFastJarOnPort8080() {
        List<String> lines = dockerfileLines();
        String text = String.join("\n", lines);
        assertTrue(lines.stream().anyMatch(l -> l.matches("(?i)EXPOSE\\s+.*\\b8080\\b.*")),
                "Dockerfile must EXPOSE 8080");
        assertTrue(lines.stream().anyMatch(l -> l.matches("(?i)EXPOSE\\s+.*\\b9000\\b.*")),
                "Dockerfile must EXPOSE the management port 9000");
        assertTrue(text.contains("http://127.0.0.1:9000/q/health/ready"),
                "Dockerfile HEALTHCHECK must probe /q/health/ready on the management port 9000");
        for (String part : List.of("quarkus-app/lib/", "quarkus-app/app/", "quarkus-app/quarkus/",
                "quarkus-app/quarkus-run.jar")) {
            assertTrue(text.contains(part), "Dockerfile does not copy " + part);
        }
        String entrypoint = lines.stream().filter(l -> l.toUpperCase().startsWith("ENTRYPOINT")).reduce((a, b) -> b)
                .orElse("");
        assertTrue(entrypoint.contains("quarkus-run.jar"), "Dockerfile ENTRYPOINT must run quarkus-run.jar: "
                + entrypoint);
        assertTrue(entrypoint.contains("-Dquarkus.http.host=0.0.0.0"),
                "Dockerfile ENTRYPOINT must listen on all interfaces (-Dquarkus.http.host=0.0.0.0): " + entrypoint);
        assertTrue(entrypoint.contains("-Dquarkus.management.host=0.0.0.0"),
                "Dockerfile ENTRYPOINT must let probes reach the management port (-Dquarkus.management.host=0.0.0.0): "
                        + entrypoint);
    }

    @Test
    void dockerignoreKeepsWhatTheBuildNeeds() throws IOException {
        Path dockerignore = PROJECT_DIR.resolve(".dockerignore");
        assertTrue(Files.isRegularFile(dockerignore), ".dockerignore missing at " + dockerignore.toAbsolutePath());
        Set<String> patterns = Files.readAllLines(dockerignore, StandardCharsets.UTF_8).stream()
                .map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.replaceAll("^/+", "").replaceAll("/+$", ""))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String needed : List.of("mvnw", ".mvn", "pom.xml", "src", "*", "**")) {
            assertFalse(patterns.contains(needed), ".dockerignore excludes '" + needed + "', which the image build"
                    + " needs");
        }
        assertTrue(patterns.contains("target") || patterns.contains("**/target"),
                ".dockerignore must exclude target/ (build output)");
        assertTrue(patterns.contains(".git"), ".dockerignore must exclude .git");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // helpers

    private static Map<String, Object> composeFile() {
        List<Object> docs = YAML_DOCS.get(COMPOSE);
        assertNotNull(docs, "compose file not found or invalid: " + COMPOSE);
        assertEquals(1, docs.size(), "compose file must hold exactly one YAML document");
        return map(docs.get(0), "compose file");
    }

    private static Map<String, Object> composeService(Map<String, Object> compose, String name) {
        Map<String, Object> services = map(compose.get("services"), "compose file has no services");
        return map(services.get(name), "compose file has no service '" + name + "'");
    }

    /** The environment of a compose service, from either the map or the KEY=VALUE list form. */
    private static Map<String, String> composeEnv(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object environment = service.get("environment");
        if (environment instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (environment instanceof List<?> l) {
            for (Object entry : l) {
                String s = String.valueOf(entry);
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        }
        return env;
    }

    /** Replaces ${VAR:-default} and ${VAR-default} by their defaults and ${VAR} by the empty string. */
    private static String resolveComposeVariables(String value) {
        Matcher m = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?}").matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) == null ? "" : m.group(1)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static K8sObject single(String kind) {
        List<K8sObject> found = K8S_OBJECTS.stream()
                .filter(o -> kind.equals(o.kind()))
                .filter(o -> !o.file().equals(SECRET_EXAMPLE))
                .collect(Collectors.toList());
        assertEquals(1, found.size(), () -> "expected exactly one " + kind + " under " + K8S_DIR + ", found "
                + found.stream().map(o -> o.name() + " in " + o.file().getFileName()).collect(Collectors.toList())
                + (YAML_ERRORS.isEmpty() ? "" : " (files with invalid YAML: " + YAML_ERRORS.keySet() + ")"));
        return found.get(0);
    }

    private static Map<String, Object> kustomization() {
        List<Object> docs = YAML_DOCS.get(KUSTOMIZATION);
        assertNotNull(docs, "kustomization.yaml not found or invalid in " + K8S_DIR);
        assertEquals(1, docs.size(), "kustomization.yaml must hold exactly one document");
        return map(docs.get(0), "kustomization.yaml");
    }

    private static Map<String, Object> podSpec(K8sObject deployment) {
        Map<String, Object> template = map(map(deployment.body().get("spec"), "Deployment has no spec").get("template"),
                "Deployment has no pod template");
        return map(template.get("spec"), "Deployment pod template has no spec");
    }

    private static Map<String, Object> podLabels(K8sObject deployment) {
        Map<String, Object> template = map(map(deployment.body().get("spec"), "Deployment spec").get("template"),
                "Deployment pod template");
        return map(map(template.get("metadata"), "pod template has no metadata").get("labels"),
                "pod template has no labels");
    }

    private static Map<String, Object> appContainer(K8sObject deployment) {
        List<Object> containers = list(podSpec(deployment).get("containers"), "Deployment has no containers");
        assertFalse(containers.isEmpty(), "Deployment has no containers");
        return map(containers.get(0), "container");
    }

    private static Map<String, Map<String, Object>> containerEnv(Map<String, Object> container) {
        Map<String, Map<String, Object>> env = new LinkedHashMap<>();
        if (container.get("env") instanceof List<?> list) {
            for (Object e : list) {
                Map<String, Object> entry = map(e, "env entry");
                env.put(String.valueOf(entry.get("name")), entry);
            }
        }
        return env;
    }

    private static String secretRefName(Map<String, Object> envEntry) {
        if (envEntry != null && envEntry.get("valueFrom") instanceof Map<?, ?> from
                && from.get("secretKeyRef") instanceof Map<?, ?> ref) {
            return String.valueOf(ref.get("name"));
        }
        return null;
    }

    private static String probePath(Map<String, Object> container, String probe) {
        Map<String, Object> p = map(container.get(probe), "app container has no " + probe);
        return String.valueOf(map(p.get("httpGet"), probe + " is not an httpGet probe").get("path"));
    }

    /** Resolves a port reference (number or container port name) to the container port number. */
    private static int containerPort(Map<String, Object> container, Object ref) {
        if (ref instanceof Integer i) {
            return i;
        }
        for (Object p : list(container.get("ports"), "app container declares no ports")) {
            Map<String, Object> port = map(p, "container port");
            if (Objects.equals(String.valueOf(ref), String.valueOf(port.get("name")))) {
                return integer(port.get("containerPort"), "containerPort");
            }
        }
        fail("port '" + ref + "' is not a named port of the app container");
        return -1;
    }

    private static List<String> dockerfileLines() {
        assertTrue(Files.isRegularFile(DOCKERFILE), "Dockerfile not found: " + DOCKERFILE.toAbsolutePath());
        List<String> raw;
        try {
            raw = Files.readAllLines(DOCKERFILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + DOCKERFILE, e);
        }
        // Join continuation lines and drop comments, so that each instruction is one line.
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : raw) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                current.append(trimmed);
                lines.add(current.toString().trim());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            lines.add(current.toString().trim());
        }
        return lines;
    }

    private static String dockerfileUser() {
        List<String> users = dockerfileLines().stream()
                .filter(l -> l.toUpperCase().startsWith("USER "))
                .map(l -> l.substring(5).trim())
                .collect(Collectors.toList());
        assertFalse(users.isEmpty(), "Dockerfile has no USER instruction (the image would run as root)");
        return users.get(users.size() - 1);
    }

    private static String pomProperty(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(POM.toFile());
        Element project = pom.getDocumentElement();
        for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && "properties".equals(e.getTagName())) {
                NodeList values = e.getElementsByTagName(name);
                if (values.getLength() > 0) {
                    return values.item(0).getTextContent();
                }
            }
        }
        return null;
    }

    private static String imageName(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(0, colon) : image;
    }

    private static String imageTag(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(colon + 1) : "latest";
    }

    private static String majorOf(String tag) {
        Matcher m = Pattern.compile("^(\\d+)").matcher(tag);
        assertTrue(m.find(), "image tag '" + tag + "' does not start with a PostgreSQL major version");
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertTrue(value instanceof Map, what + (value == null ? " (missing)" : " (not a mapping: " + value + ")"));
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) {
        assertTrue(value instanceof List, what + (value == null ? " (missing)" : " (not a list: " + value + ")"));
        return (List<Object>) value;
    }

    private static int integer(Object value, String what) {
        assertTrue(value instanceof Integer, what + " must be an integer, found " + value);
        return (Integer) value;
    }
}
