package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.examples.ExampleModels.Example;
import io.hcastudio.model.resource.HcaTopologyFormat;
import io.hcastudio.model.resource.HcaTopologyResource;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.resource.ModelLoadException;

class PersistenceTest {

    @TempDir
    Path directory;

    @Test
    void everyExampleSurvivesSaveAndLoadUnchanged() throws IOException {
        for (Example example : Example.values()) {
            Topology original = example.create();
            Path file = directory.resolve(example.fileName());
            HcaTopologyResources.save(original, file);

            Topology reloaded = HcaTopologyResources.load(file);

            assertTrue(EcoreUtil.equals(example.create(), reloaded), example + " changed on the round trip");
        }
    }

    @Test
    void savingTheSameModelTwiceGivesIdenticalBytes() throws IOException {
        for (Example example : Example.values()) {
            Path first = directory.resolve("first-" + example.fileName());
            Path second = directory.resolve("second-" + example.fileName());
            HcaTopologyResources.save(example.create(), first);
            HcaTopologyResources.save(HcaTopologyResources.load(first), second);

            assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), example + " is not saved deterministically");
        }
    }

    @Test
    void bundledExampleFilesMatchTheirFactories() throws IOException {
        for (Example example : Example.values()) {
            assertNotNull(example.bundledFile(), example.fileName() + " is not packaged in io.hcastudio.model/examples");
            byte[] shipped;
            try (InputStream in = example.openBundledFile()) {
                shipped = in.readAllBytes();
            }
            assertEquals(new String(HcaTopologyResources.toBytes(example.create()), StandardCharsets.UTF_8),
                    new String(shipped, StandardCharsets.UTF_8),
                    example.fileName() + " is stale: regenerate with ExampleModels.main(bundles/io.hcastudio.model/examples)");
        }
    }

    @Test
    void savedFileCarriesTheCurrentFormatVersion() throws IOException {
        Topology topology = HcaFactory.eINSTANCE.createTopology();
        Path file = directory.resolve("new.hcatopo");

        HcaTopologyResources.save(topology, file);

        assertTrue(Files.readString(file).contains("formatVersion=\"" + HcaTopologyFormat.CURRENT_VERSION + "\""));
    }

    @Test
    void guidsAreWrittenAsHex() throws IOException {
        String text = new String(HcaTopologyResources.toBytes(ExampleModels.commitTestbed()), StandardCharsets.UTF_8);

        assertTrue(text.contains("nodeGuid=\"0x0002c90300000200\""), text);
    }

    @Test
    void emptyFileIsRejectedWithPosition() throws IOException {
        ModelLoadException error = loadFailure("empty.hcatopo", "");

        assertEquals(1, error.getLine());
        assertTrue(error.getMessage().contains("empty.hcatopo:1:1: the file is empty"), error.getMessage());
    }

    @Test
    void truncatedFileNamesTheLineWhereItBreaks() throws IOException {
        byte[] complete = HcaTopologyResources.toBytes(ExampleModels.singleSwitchPair());
        String text = new String(complete, StandardCharsets.UTF_8);
        String truncated = text.substring(0, text.length() / 2);
        int lastLine = (int) truncated.lines().count();

        ModelLoadException error = loadFailure("truncated.hcatopo", truncated);

        assertTrue(error.getLine() >= lastLine, "line " + error.getLine() + " but the file ends on line " + lastLine);
        assertTrue(error.getDetail().startsWith("not well-formed XML"), error.getDetail());
    }

    @Test
    void corruptXmlNamesLineAndColumn() throws IOException {
        String corrupt = "<?xml version=\"1.0\"?>\n<hca:Topology xmlns:hca=\"http://hcastudio.io/model/1.0\" formatVersion=\"2\">\n"
                + "  <hosts name=\"a\"></switches>\n</hca:Topology>\n";

        ModelLoadException error = loadFailure("corrupt.hcatopo", corrupt);

        assertEquals(3, error.getLine());
        assertTrue(error.getDetail().startsWith("not well-formed XML"), error.getDetail());
        assertTrue(error.getMessage().startsWith(directory.resolve("corrupt.hcatopo").toString() + ":3:"), error.getMessage());
    }

    @Test
    void binaryGarbageIsNotXml() throws IOException {
        ModelLoadException error = loadFailure("garbage.hcatopo", "\u0001\u0002PK\u0003 not xml at all");

        assertEquals(1, error.getLine());
        assertTrue(error.getDetail().contains("not well-formed XML"), error.getDetail());
    }

    @Test
    void foreignXmlNamesTheExpectedRootElement() throws IOException {
        String pom = "<?xml version=\"1.0\"?>\n\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n</project>\n";

        ModelLoadException error = loadFailure("pom.hcatopo", pom);

        assertEquals(3, error.getLine());
        assertTrue(error.getDetail().contains("expected root element hca:Topology"), error.getDetail());
        assertTrue(error.getDetail().contains("found 'project' (namespace http://maven.apache.org/POM/4.0.0)"), error.getDetail());
    }

    @Test
    void unknownElementInsideATopologyNamesItsLine() throws IOException {
        String text = "<?xml version=\"1.0\"?>\n<hca:Topology xmlns:hca=\"http://hcastudio.io/model/1.0\" formatVersion=\"2\">\n"
                + "  <hosts name=\"a\"/>\n  <gateways name=\"x\"/>\n</hca:Topology>\n";

        ModelLoadException error = loadFailure("unknown.hcatopo", text);

        assertEquals(4, error.getLine());
        assertTrue(error.getDetail().contains("gateways"), error.getDetail());
    }

    @Test
    void illegalValueNamesLineAndExpectation() throws IOException {
        String text = "<?xml version=\"1.0\"?>\n<hca:Topology xmlns:hca=\"http://hcastudio.io/model/1.0\" formatVersion=\"2\">\n"
                + "  <switches name=\"sw\" nodeGuid=\"0xZZ\"/>\n</hca:Topology>\n";

        ModelLoadException error = loadFailure("badguid.hcatopo", text);

        assertEquals(3, error.getLine());
        assertTrue(error.getDetail().contains("is not a GUID"), error.getDetail());
    }

    @Test
    void danglingReferenceIsReported() throws IOException {
        String text = "<?xml version=\"1.0\"?>\n<hca:Topology xmlns:hca=\"http://hcastudio.io/model/1.0\" formatVersion=\"2\">\n"
                + "  <links source=\"#//@switches.7/@ports.0\" target=\"#//@switches.8/@ports.0\"/>\n</hca:Topology>\n";

        ModelLoadException error = loadFailure("dangling.hcatopo", text);

        assertTrue(error.getDetail().toLowerCase().contains("@switches.7"), error.getDetail());
    }

    @Test
    void newerFormatIsRefusedWithTheReason() throws IOException {
        String text = "<?xml version=\"1.0\"?>\n<hca:Topology xmlns:hca=\"http://hcastudio.io/model/1.0\" formatVersion=\"9\"/>\n";

        ModelLoadException error = loadFailure("newer.hcatopo", text);

        assertEquals(2, error.getLine());
        assertTrue(error.getDetail().contains("format 9 by a newer HCA Studio"), error.getDetail());
    }

    @Test
    void missingFormatVersionIsRefused() throws IOException {
        String text = "<?xml version=\"1.0\"?>\n<hca:Topology xmlns:hca=\"http://hcastudio.io/model/1.0\"/>\n";

        ModelLoadException error = loadFailure("unversioned.hcatopo", text);

        assertTrue(error.getDetail().contains("no formatVersion attribute"), error.getDetail());
    }

    @Test
    void formatOneIsMigrated() throws IOException {
        String text = "<?xml version=\"1.0\"?>\n<hca:Topology xmlns:hca=\"http://hcastudio.io/model/1.0\" formatVersion=\"1\" name=\"old\">\n"
                + "  <hosts name=\"h\">\n    <hcas name=\"hca0\" portCount=\"1\">\n      <ports/>\n"
                + "      <driverProfile profile=\"B\" wireRingSize=\"2048\" workQueueMode=\"single\"/>\n    </hcas>\n  </hosts>\n"
                + "  <switches name=\"sw\" portCount=\"8\">\n    <ports/>\n  </switches>\n"
                + "  <links source=\"#//@hosts.0/@hcas.0/@ports.0\" target=\"#//@switches.0/@ports.0\" latency=\"350\"/>\n"
                + "</hca:Topology>\n";
        Path file = write("old.hcatopo", text);
        ResourceSet resourceSet = HcaTopologyResources.createResourceSet();

        Topology topology = HcaTopologyResources.load(resourceSet, file);

        Link link = topology.getLinks().get(0);
        assertEquals(350, link.getLatencyNs());
        DriverProfile profile = topology.allHcas().get(0).getDriverProfile();
        assertEquals(ProfilePreset.B, profile.getPreset());
        assertEquals(HcaTopologyFormat.CURRENT_VERSION, topology.getFormatVersion());
        assertEquals(1, ((HcaTopologyResource) topology.eResource()).getMigratedFromVersion());
        String resaved = new String(HcaTopologyResources.toBytes(topology), StandardCharsets.UTF_8);
        assertTrue(resaved.contains("latencyNs=\"350\"") && resaved.contains("preset=\"B\""), resaved);
        assertFalse(resaved.contains(" latency=") || resaved.contains(" profile="), resaved);
    }

    @Test
    void formatOneWithUnknownContentSaysWhyItCannotMigrate() throws IOException {
        String text = "<?xml version=\"1.0\"?>\n<hca:Topology xmlns:hca=\"http://hcastudio.io/model/1.0\" formatVersion=\"1\">\n"
                + "  <switches name=\"sw\" colour=\"red\"/>\n</hca:Topology>\n";

        ModelLoadException error = loadFailure("old-unknown.hcatopo", text);

        assertTrue(error.getDetail().contains("cannot migrate from format 1 to 2"), error.getDetail());
        assertTrue(error.getDetail().contains("'colour' on Switch"), error.getDetail());
    }

    @Test
    void failedLoadLeavesNothingBehindAndCannotBeSavedOverTheOriginal() throws IOException {
        String corrupt = "<?xml version=\"1.0\"?>\n<hca:Topology xmlns:hca=\"http://hcastudio.io/model/1.0\" formatVersion=\"2\">\n"
                + "  <hosts name=\"kept\"/>\n  <hosts name=\"broken\" x=\"notanumber\"/>\n</hca:Topology>\n";
        Path file = write("half.hcatopo", corrupt);
        ResourceSet resourceSet = HcaTopologyResources.createResourceSet();

        assertThrows(ModelLoadException.class, () -> HcaTopologyResources.load(resourceSet, file));
        assertTrue(resourceSet.getResources().isEmpty());

        HcaTopologyResource resource = new HcaTopologyResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
        assertThrows(ModelLoadException.class, () -> resource.load(null));
        assertTrue(resource.getContents().isEmpty());
        assertThrows(IOException.class, () -> resource.save(null));
        assertEquals(corrupt, Files.readString(file));
    }

    @Test
    void missingFileIsReported() {
        ModelLoadException error = assertThrows(ModelLoadException.class,
                () -> HcaTopologyResources.load(directory.resolve("absent.hcatopo")));

        assertTrue(error.getMessage().endsWith("the file does not exist"), error.getMessage());
    }

    @Test
    void failedSerializationLeavesTheOriginalIntact() throws IOException {
        Path file = directory.resolve("keep.hcatopo");
        HcaTopologyResources.save(ExampleModels.singleSwitchPair(), file);
        byte[] before = Files.readAllBytes(file);
        Topology topology = HcaTopologyResources.load(file);
        // A link to a port outside every resource cannot be written (dangling reference).
        Port detached = HcaFactory.eINSTANCE.createPort();
        topology.getLinks().get(0).setTarget(detached);

        assertThrows(IOException.class, () -> topology.eResource().save(null));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), listDirectory());
    }

    @Test
    void failedRenameLeavesTheTargetIntactAndNoTemporaryFile() throws IOException {
        Path occupied = directory.resolve("occupied.hcatopo");
        Files.createDirectories(occupied.resolve("child"));

        assertThrows(IOException.class, () -> HcaTopologyResources.save(ExampleModels.singleSwitchPair(), occupied));

        assertTrue(Files.isDirectory(occupied.resolve("child")));
        assertEquals(List.of(occupied), listDirectory());
    }

    @Test
    void saveReplacesTheFileAndKeepsItsPermissions() throws IOException {
        Path file = directory.resolve("perm.hcatopo");
        HcaTopologyResources.save(ExampleModels.singleSwitchPair(), file);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Topology topology = HcaTopologyResources.load(file);
        topology.setName("renamed");

        topology.eResource().save(null);

        assertEquals("renamed", HcaTopologyResources.load(file).getName());
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void resourceSetLoadsByExtensionToo() throws IOException {
        Path file = directory.resolve("by-extension.hcatopo");
        HcaTopologyResources.save(ExampleModels.twoSwitchTwoPath(), file);
        ResourceSet resourceSet = HcaTopologyResources.createResourceSet();

        var resource = resourceSet.getResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()), true);

        assertTrue(resource instanceof HcaTopologyResource);
        Hca hca = ((Topology) resource.getContents().get(0)).allHcas().get(0);
        assertEquals(3, hca.getFunctions().size());
    }

    private List<Path> listDirectory() throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.toList();
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private ModelLoadException loadFailure(String name, String content) throws IOException {
        Path file = write(name, content);
        ResourceSet resourceSet = HcaTopologyResources.createResourceSet();
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> HcaTopologyResources.load(resourceSet, file));
        assertEquals(file.toString(), error.getFile());
        assertTrue(resourceSet.getResources().isEmpty(), "a failed load must not leave a resource behind");
        return error;
    }
}
