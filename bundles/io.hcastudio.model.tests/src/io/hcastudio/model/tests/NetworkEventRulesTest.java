package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.LinkEvent;
import io.hcastudio.model.PortChangeEvent;
import io.hcastudio.model.SmEvent;
import io.hcastudio.model.SmEventKind;
import io.hcastudio.model.StackReaction;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.validation.ValidationRule;

/** Network events and stack reactions: times of 0 or later, one target of the topology, counts not negative. */
class NetworkEventRulesTest extends ValidationFixture {

    private static final HcaFactory FACTORY = HcaFactory.eINSTANCE;

    private LinkEvent flap() {
        LinkEvent event = FACTORY.createLinkEvent();
        event.setName("flap");
        event.setPort(hcaB.getPorts().get(0));
        scenario("cmtime-18x800-C").getEvents().add(event);
        return event;
    }

    private StackReaction reaction() {
        StackReaction reaction = FACTORY.createStackReaction();
        reaction.setName("rds");
        scenario("cmtime-18x800-C").getReactions().add(reaction);
        return reaction;
    }

    @Test
    void wellFormedEventsAndReactionsAreValid() {
        flap();
        SmEvent failover = FACTORY.createSmEvent();
        failover.setKind(SmEventKind.FAILOVER);
        failover.setFailoverGapNs(1_000);
        PortChangeEvent lid = FACTORY.createPortChangeEvent();
        lid.setPort(hcaA.getPorts().get(1));
        scenario("cmtime-18x800-C").getEvents().add(failover);
        scenario("cmtime-18x800-C").getEvents().add(lid);
        StackReaction own = reaction();
        own.setFunction(hcaA.getFunctions().get(2));
        own.setPeer(hcaB.getFunctions().get(2));
        for (ValidationRule rule : new ValidationRule[] {ValidationRule.EVENT_TIME_INVALID,
                ValidationRule.EVENT_TARGET_INVALID, ValidationRule.REACTION_INVALID,
                ValidationRule.VALUE_OUT_OF_RANGE}) {
            assertSilent(rule);
        }
    }

    @Test
    void aNegativeTimeOrDurationNamesTheEvent() {
        LinkEvent event = flap();
        event.setTimeNs(-3);
        Diagnostic time = assertFires(ValidationRule.EVENT_TIME_INVALID, Diagnostic.ERROR,
                "link event 'flap' in scenario 'cmtime-18x800-C'", "timeNs -3 is negative");
        assertEquals(HcaPackage.Literals.NETWORK_EVENT__TIME_NS, time.getData().get(1));
        event.setTimeNs(0);
        event.setDownDurationNs(-1);
        assertFires(ValidationRule.EVENT_TIME_INVALID, Diagnostic.ERROR, "link event 'flap'",
                "downDurationNs -1 is negative");
    }

    @Test
    void aLinkEventNeedsExactlyOneTargetOfItsTopology() {
        LinkEvent event = flap();
        event.setFabricSwitch(ExampleModels.commitTestbed().getSwitches().get(0));
        assertFires(ValidationRule.EVENT_TARGET_INVALID, Diagnostic.ERROR, "link event 'flap'",
                "set one of link, port and fabricSwitch, not 2");
        event.setPort(null);
        assertFires(ValidationRule.EVENT_TARGET_INVALID, Diagnostic.ERROR, "link event 'flap'",
                "the switch is not part of this topology");
        event.setFabricSwitch(null);
        assertFires(ValidationRule.EVENT_TARGET_INVALID, Diagnostic.ERROR, "link event 'flap'", "not none");
    }

    @Test
    void aLidChangeNeedsAnHcaPort() {
        PortChangeEvent lid = FACTORY.createPortChangeEvent();
        lid.setName("lid");
        scenario("cmtime-18x800-C").getEvents().add(lid);
        assertFires(ValidationRule.EVENT_TARGET_INVALID, Diagnostic.ERROR, "LID change 'lid'", "port is not set");
        lid.setPort(sw1.getPorts().get(0));
        assertFires(ValidationRule.EVENT_TARGET_INVALID, Diagnostic.ERROR, "LID change 'lid'", "not an HCA port");
    }

    @Test
    void aReactionWithNegativeCountsOrItselfAsPeerIsAnError() {
        StackReaction reaction = reaction();
        reaction.setConnections(-1);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "stack reaction 'rds'",
                "connections -1 is too small");
        reaction.setConnections(4);
        reaction.setFunction(hcaA.getFunctions().get(1));
        reaction.setPeer(hcaA.getFunctions().get(1));
        assertFires(ValidationRule.REACTION_INVALID, Diagnostic.ERROR, "stack reaction 'rds'",
                "the peer is the function itself");
    }
}
