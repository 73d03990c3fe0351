package io.hcastudio.model.validation;

import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.LinkEvent;
import io.hcastudio.model.NetworkEvent;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.PortChangeEvent;
import io.hcastudio.model.SmEvent;
import io.hcastudio.model.StackReaction;

/**
 * Network events on a scenario's timeline and the stacks' reactions to them: a time of 0 or later, exactly one
 * target of the topology (a link event's link, port or switch; an HCA port for a LID or P_Key change), durations and
 * counts not negative, a peer that is not the function itself.
 */
final class NetworkEventRules {

    private static final HcaPackage PACKAGE = HcaPackage.eINSTANCE;

    private NetworkEventRules() {
    }

    static void checkEvent(NetworkEvent event, Findings findings) {
        if (event.getTimeNs() < 0) {
            findings.error(ValidationRule.EVENT_TIME_INVALID, event, PACKAGE.getNetworkEvent_TimeNs(),
                    ElementLabels.describe(event) + ": timeNs " + event.getTimeNs()
                            + " is negative; an event happens at 0 or later");
        }
        switch (event) {
            case LinkEvent link -> checkLinkEvent(link, findings);
            case SmEvent sm -> {
                if (sm.getFailoverGapNs() < 0) {
                    findings.error(ValidationRule.EVENT_TIME_INVALID, sm, PACKAGE.getSmEvent_FailoverGapNs(),
                            ElementLabels.describe(sm) + ": failoverGapNs " + sm.getFailoverGapNs()
                                    + " is negative");
                }
            }
            case PortChangeEvent change -> {
                Port port = change.getPort();
                if (!References.isInSameTopology(port, change) || !(port.getNode() instanceof Hca)) {
                    findings.error(ValidationRule.EVENT_TARGET_INVALID, change, PACKAGE.getPortChangeEvent_Port(),
                            ElementLabels.describe(change) + ": port is " + (port == null ? "not set"
                                    : References.isInSameTopology(port, change) ? ElementLabels.describe(port)
                                            + ", not an HCA port" : "not part of this topology"));
                }
            }
            default -> {
                // No other kinds.
            }
        }
    }

    private static void checkLinkEvent(LinkEvent event, Findings findings) {
        if (event.getDownDurationNs() < 0) {
            findings.error(ValidationRule.EVENT_TIME_INVALID, event, PACKAGE.getLinkEvent_DownDurationNs(),
                    ElementLabels.describe(event) + ": downDurationNs " + event.getDownDurationNs()
                            + " is negative; 0 keeps the link down");
        }
        int targets = (event.getLink() != null ? 1 : 0) + (event.getPort() != null ? 1 : 0)
                + (event.getFabricSwitch() != null ? 1 : 0);
        if (targets != 1) {
            findings.error(ValidationRule.EVENT_TARGET_INVALID, event, PACKAGE.getLinkEvent_Link(),
                    ElementLabels.describe(event) + ": set one of link, port and fabricSwitch"
                            + (targets == 0 ? ", not none" : ", not " + targets));
            return;
        }
        if (event.getLink() != null && !References.isInSameTopology(event.getLink(), event)) {
            findings.error(ValidationRule.EVENT_TARGET_INVALID, event, PACKAGE.getLinkEvent_Link(),
                    ElementLabels.describe(event) + ": the link is not part of this topology");
        } else if (event.getPort() != null && !References.isInSameTopology(event.getPort(), event)) {
            findings.error(ValidationRule.EVENT_TARGET_INVALID, event, PACKAGE.getLinkEvent_Port(),
                    ElementLabels.describe(event) + ": the port is not part of this topology");
        } else if (event.getFabricSwitch() != null && !References.isInSameTopology(event.getFabricSwitch(), event)) {
            findings.error(ValidationRule.EVENT_TARGET_INVALID, event, PACKAGE.getLinkEvent_FabricSwitch(),
                    ElementLabels.describe(event) + ": the switch is not part of this topology");
        }
    }

    static void checkReaction(StackReaction reaction, Findings findings) {
        findings.atLeast(reaction, PACKAGE.getStackReaction_MulticastGroups(), reaction.getMulticastGroups(), 0);
        findings.atLeast(reaction, PACKAGE.getStackReaction_Neighbours(), reaction.getNeighbours(), 0);
        findings.atLeast(reaction, PACKAGE.getStackReaction_Connections(), reaction.getConnections(), 0);
        PciFunction function = reaction.getFunction();
        if (function != null && !References.isInSameTopology(function, reaction)) {
            findings.error(ValidationRule.REACTION_INVALID, reaction, PACKAGE.getStackReaction_Function(),
                    ElementLabels.describe(reaction) + ": the function is not part of this topology");
        }
        PciFunction peer = reaction.getPeer();
        if (peer != null && (peer == function || !References.isInSameTopology(peer, reaction))) {
            findings.error(ValidationRule.REACTION_INVALID, reaction, PACKAGE.getStackReaction_Peer(),
                    ElementLabels.describe(reaction) + ": the peer is " + (peer == function
                            ? "the function itself" : "not part of this topology"));
        }
    }
}
