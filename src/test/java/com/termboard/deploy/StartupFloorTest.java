package com.termboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The start-up floor of {@code src/bench/floor.sh} compares Termboard with an app of the same Quarkus extensions: that
 * holds only while {@code src/bench/floor/pom.xml} names the same {@code io.quarkus} dependencies (outside tests) as
 * the project's pom, and the same Quarkus version. Plain JUnit: it only reads the two files.
 */
class StartupFloorTest {

    private static final Path PROJECT_DIR = Path.of(System.getProperty("termboard.project.dir", "."));

    @Test
    void floorHasTheProjectsQuarkusExtensions() throws Exception {
        Set<String> project = quarkusDependencies(PROJECT_DIR.resolve("pom.xml"));
        Set<String> floor = quarkusDependencies(PROJECT_DIR.resolve("src/bench/floor/pom.xml"));
        assertFalse(project.isEmpty(), "no io.quarkus dependency found in pom.xml");
        assertEquals(project, floor, "src/bench/floor/pom.xml must name the io.quarkus dependencies of pom.xml");
    }

    @Test
    void floorUsesTheProjectsQuarkusVersion() throws Exception {
        Element project = read(PROJECT_DIR.resolve("pom.xml"));
        String version = project.getElementsByTagName("quarkus.platform.version").item(0).getTextContent().trim();
        Element floor = read(PROJECT_DIR.resolve("src/bench/floor/pom.xml"));
        NodeList versions = floor.getElementsByTagName("version");
        Set<String> quarkusVersions = new TreeSet<>();
        for (int i = 0; i < versions.getLength(); i++) {
            Element parent = (Element) versions.item(i).getParentNode();
            NodeList group = parent.getElementsByTagName("groupId");
            if (group.getLength() > 0 && "io.quarkus".equals(group.item(0).getTextContent().trim())) {
                quarkusVersions.add(versions.item(i).getTextContent().trim());
            }
        }
        assertEquals(Set.of(version), quarkusVersions, "the floor's BOM and plugin must be Quarkus " + version);
    }

    /** groupId io.quarkus artifacts among the direct dependencies, except those of scope test. */
    private static Set<String> quarkusDependencies(Path pom) throws Exception {
        Element project = read(pom);
        Set<String> found = new TreeSet<>();
        NodeList dependencies = project.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if ("dependencyManagement".equals(((Element) dependency.getParentNode().getParentNode()).getTagName())) {
                continue;
            }
            String group = text(dependency, "groupId");
            if ("io.quarkus".equals(group) && !"test".equals(text(dependency, "scope"))) {
                found.add(text(dependency, "artifactId"));
            }
        }
        return found;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    private static Element read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    }
}
