package io.hcastudio.analysis.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.layout.DiagramMetrics;

/** The one headless picture of a topology, as the File export writes it and the reports embed it. */
class TopologyPictureTest {

    @TempDir
    Path folder;

    @Test
    void theSameModelGivesTheSameBytes() throws IOException {
        Path first = folder.resolve("first.svg");
        Path second = folder.resolve("second.svg");
        TopologyPicture.writeSvg(ExampleModels.commitTestbed(), first);
        TopologyPicture.writeSvg(ExampleModels.commitTestbed(), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        Path out = Files.createDirectories(Path.of("target", "pictures"));
        Files.copy(first, out.resolve("commit-testbed.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void drawsEveryBoxAtItsStoredBoundsAndEveryCable() {
        Topology topology = ExampleModels.commitTestbed();
        String svg = TopologyPicture.svgDocument(topology);
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg id='topology'"), svg);
        for (String name : new String[] { "smhost", "hostA", "hostB", "sw1", "vm8", "VF8" }) {
            assertTrue(svg.contains(">" + name), "draws " + name);
        }
        assertEquals(topology.getLinks().size(), count(svg, "<line "), "one line per cable");
        // Full size: the widest box reaches as far right as the model says, plus the margins.
        int right = topology.getSwitches().stream().mapToInt(node -> DiagramMetrics.boundsOf(node).right()).max().orElseThrow();
        int left = topology.getHosts().stream().mapToInt(node -> node.getX()).min().orElseThrow();
        Matcher width = Pattern.compile("width='(\\d+)'").matcher(svg);
        assertTrue(width.find());
        assertTrue(Integer.parseInt(width.group(1)) >= right - left, svg.substring(0, 300));
    }

    @Test
    void aReportPictureIsScaledDownToTheColumn() {
        String svg = TopologyPicture.svgElement("topology", ExampleModels.commitTestbed(), 400);
        Matcher width = Pattern.compile("width='(\\d+)'").matcher(svg);
        assertTrue(width.find());
        assertTrue(Integer.parseInt(width.group(1)) <= 400, width.group());
    }

    @Test
    void aTopologyWithoutBoxesHasNoReportPicture() {
        assertEquals("", TopologyPicture.svgElement("topology", HcaFactory.eINSTANCE.createTopology(), 720));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
