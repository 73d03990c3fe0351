package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import io.hcastudio.editor.commands.CreateElementCommand;
import io.hcastudio.editor.commands.CreateLinkCommand;
import io.hcastudio.editor.commands.ReconnectLinkCommand;
import io.hcastudio.editor.palette.Templates;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkLayer;
import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;

class LinkCommandsTest {

    private final Topology topology = Fixtures.testbed();
    private final Switch fabricSwitch = Fixtures.fabricSwitch(topology);

    private Hca newHca() {
        Host host = Templates.hostWithVirtualMachines(2);
        new CreateElementCommand(topology, host, null).execute();
        return host.getHcas().get(0);
    }

    @Test
    void connectsTwoFreePortsAtTheSpeedBothCanRun() {
        Hca hca = newHca();
        Port hcaPort = hca.getPorts().get(0);
        hcaPort.setSpeed(LinkSpeed.QDR);
        Port switchPort = Fixtures.freePort(topology, fabricSwitch);
        switchPort.setSpeed(LinkSpeed.FDR);
        int links = topology.getLinks().size();
        CreateLinkCommand command = new CreateLinkCommand(hcaPort, null);
        command.setTarget(switchPort);
        CommandChecks.executeUndoRedo(topology, command, () -> {
            assertEquals(links + 1, topology.getLinks().size());
            Link link = topology.linkOf(hcaPort);
            assertSame(switchPort, link.getTarget());
            assertEquals(LinkSpeed.QDR, link.getSpeed());
            assertEquals(LinkWidth.X4, link.getWidth());
        });
    }

    @Test
    void refusesLinksThatCannotBeCabled() {
        Hca hca = newHca();
        Port first = hca.getPorts().get(0);
        Port second = hca.getPorts().get(1);
        CreateLinkCommand sameNode = new CreateLinkCommand(first, null);
        sameNode.setTarget(second);
        assertFalse(sameNode.canExecute(), "an HCA is not cabled to itself");

        Port cabled = topology.getLinks().get(0).getSource();
        CreateLinkCommand toCabled = new CreateLinkCommand(first, null);
        toCabled.setTarget(cabled);
        assertFalse(toCabled.canExecute(), "a port takes one cable");
        assertFalse(CreateLinkCommand.canStartAt(cabled));

        Port free = Fixtures.freePort(topology, fabricSwitch);
        free.setLinkLayer(LinkLayer.ETHERNET);
        CreateLinkCommand mixed = new CreateLinkCommand(first, null);
        mixed.setTarget(free);
        assertFalse(mixed.canExecute(), "InfiniBand and Ethernet ports do not link");

        assertFalse(new CreateLinkCommand(first, null).canExecute(), "no target yet");
    }

    @Test
    void reconnectsOneEndToAnotherFreePort() {
        Link link = topology.getLinks().get(0);
        boolean switchIsSource = link.getSource().getNode() == fabricSwitch;
        Port free = Fixtures.freePort(topology, fabricSwitch);
        ReconnectLinkCommand command = new ReconnectLinkCommand(link, free, switchIsSource);
        CommandChecks.executeUndoRedo(topology, command,
                () -> assertSame(free, switchIsSource ? link.getSource() : link.getTarget()));
    }

    @Test
    void refusesReconnectingToACabledPortOrOntoTheOtherEndsNode() {
        Link first = topology.getLinks().get(0);
        Link second = topology.getLinks().get(1);
        assertFalse(new ReconnectLinkCommand(first, second.getSource(), true).canExecute());
        Port otherEnd = first.getTarget();
        Port sameNodeAsOtherEnd = Fixtures.freePortOrNull(topology, otherEnd.getNode());
        if (sameNodeAsOtherEnd != null) {
            assertFalse(new ReconnectLinkCommand(first, sameNodeAsOtherEnd, true).canExecute());
        }
        assertFalse(new ReconnectLinkCommand(first, null, true).canExecute());
    }
}
