package io.hcastudio.model.provider;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.Fault;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Link;
import io.hcastudio.model.NetworkEvent;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.TimingDistribution;
import io.hcastudio.model.operations.Guids;
import io.hcastudio.model.operations.ScenarioTimeline;
import io.hcastudio.model.templates.HcaKind;
import io.hcastudio.model.validation.ElementLabels;

/**
 * The item provider factory the UI uses (the topology editor's Outline and Properties views): the generated
 * providers with labels that say what an engineer looks for (LIDs, GUIDs, ring sizes, cmtime arguments) instead of
 * the bare type name. The generated factory stays registered in plugin.xml for generic EMF tooling.
 */
public class HcaStudioItemProviderAdapterFactory extends HcaItemProviderAdapterFactory {

    @Override
    public Adapter createHcaAdapter() {
        if (hcaItemProvider == null) {
            hcaItemProvider = new HcaItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Hca hca = (Hca) object;
                    return hca.getName() + " (" + HcaKind.describe(hca) + ", " + Guids.format(hca.getNodeGuid()) + ")";
                }
            };
        }
        return hcaItemProvider;
    }

    @Override
    public Adapter createPortAdapter() {
        if (portItemProvider == null) {
            portItemProvider = new PortItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Port port = (Port) object;
                    String lid = port.getLid() == 0 ? "no LID" : "LID " + port.getLid();
                    return "Port " + port.getNumber() + " (" + lid + ", " + port.getWidth() + " " + port.getSpeed() + ")";
                }
            };
        }
        return portItemProvider;
    }

    @Override
    public Adapter createLinkAdapter() {
        if (linkItemProvider == null) {
            linkItemProvider = new LinkItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Link link = (Link) object;
                    return ElementLabels.describe(link) + " (" + link.getWidth() + " " + link.getSpeed() + ")";
                }
            };
        }
        return linkItemProvider;
    }

    @Override
    public Adapter createPciFunctionAdapter() {
        if (pciFunctionItemProvider == null) {
            pciFunctionItemProvider = new PciFunctionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    PciFunction function = (PciFunction) object;
                    String owner = function.getVirtualMachine() != null ? function.getVirtualMachine().getName()
                            : function.getOwner().getLiteral();
                    return function.getName() + " (slave " + function.getSlaveNumber() + ", " + owner + ")";
                }
            };
        }
        return pciFunctionItemProvider;
    }

    @Override
    public Adapter createFunctionInterfaceAdapter() {
        if (functionInterfaceItemProvider == null) {
            functionInterfaceItemProvider = new FunctionInterfaceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    FunctionInterface functionInterface = (FunctionInterface) object;
                    return "Port " + functionInterface.getPortNumber() + " (alias " + Guids.format(functionInterface.getAliasGuid())
                            + ")";
                }
            };
        }
        return functionInterfaceItemProvider;
    }

    @Override
    public Adapter createDriverProfileAdapter() {
        if (driverProfileItemProvider == null) {
            driverProfileItemProvider = new DriverProfileItemProvider(this) {
                @Override
                public String getText(Object object) {
                    DriverProfile profile = (DriverProfile) object;
                    return "Driver profile " + profile.getPreset() + " (wire " + profile.getWireRingSize() + ", tunnel "
                            + profile.getTunnelRingSize() + ", " + profile.getWorkQueueMode() + " workqueue)";
                }
            };
        }
        return driverProfileItemProvider;
    }

    @Override
    public Adapter createTimingDistributionAdapter() {
        if (timingDistributionItemProvider == null) {
            timingDistributionItemProvider = new TimingDistributionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    TimingDistribution law = (TimingDistribution) object;
                    return law.getParameter() + ": " + law.getExpression();
                }
            };
        }
        return timingDistributionItemProvider;
    }

    @Override
    public Adapter createCmtimeInstanceAdapter() {
        if (cmtimeInstanceItemProvider == null) {
            cmtimeInstanceItemProvider = new CmtimeInstanceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    CmtimeInstance cmtime = (CmtimeInstance) object;
                    String interfaceName = cmtime.getFunction() == null ? "?" : ElementLabels.path(cmtime.getFunction());
                    return "cmtime " + cmtime.getRole() + " on " + interfaceName + " port " + cmtime.getPortNumber() + " -c "
                            + cmtime.getConnections() + " -t " + cmtime.getTimeoutMs() + " -r " + cmtime.getRetries();
                }
            };
        }
        return cmtimeInstanceItemProvider;
    }

    /**
     * A fault or network event as the scenario's timeline lists it:
     * {@code 300 ms to 350 ms: flap-hostB-p1: hostB/hca0 port 1 down}.
     */
    static String faultText(Object object) {
        ScenarioTimeline.Mark mark = timelineMark(object);
        return ScenarioTimeline.window(mark) + ": " + mark.label();
    }

    private static ScenarioTimeline.Mark timelineMark(Object faultOrEvent) {
        return faultOrEvent instanceof Fault fault ? ScenarioTimeline.mark(fault)
                : ScenarioTimeline.mark((NetworkEvent) faultOrEvent);
    }

    /** A scenario's children: its workloads and settings as held, then its faults and network events in timeline order. */
    @Override
    public Adapter createScenarioAdapter() {
        if (scenarioItemProvider == null) {
            scenarioItemProvider = new ScenarioItemProvider(this) {
                @Override
                public Collection<?> getChildren(Object object) {
                    List<Object> children = new ArrayList<>();
                    List<Object> timeline = new ArrayList<>();
                    for (Object child : super.getChildren(object)) {
                        if (child instanceof Fault || child instanceof NetworkEvent) {
                            timeline.add(child);
                        } else {
                            children.add(child);
                        }
                    }
                    timeline.sort(Comparator.comparing(HcaStudioItemProviderAdapterFactory::timelineMark,
                            ScenarioTimeline.ORDER));
                    children.addAll(timeline);
                    return children;
                }
            };
        }
        return scenarioItemProvider;
    }

    @Override
    public Adapter createLinkEventAdapter() {
        if (linkEventItemProvider == null) {
            linkEventItemProvider = new LinkEventItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return faultText(object);
                }
            };
        }
        return linkEventItemProvider;
    }

    @Override
    public Adapter createSmEventAdapter() {
        if (smEventItemProvider == null) {
            smEventItemProvider = new SmEventItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return faultText(object);
                }
            };
        }
        return smEventItemProvider;
    }

    @Override
    public Adapter createPortChangeEventAdapter() {
        if (portChangeEventItemProvider == null) {
            portChangeEventItemProvider = new PortChangeEventItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return faultText(object);
                }
            };
        }
        return portChangeEventItemProvider;
    }

    @Override
    public Adapter createLinkFaultAdapter() {
        if (linkFaultItemProvider == null) {
            linkFaultItemProvider = new LinkFaultItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return faultText(object);
                }
            };
        }
        return linkFaultItemProvider;
    }

    @Override
    public Adapter createKworkerStallFaultAdapter() {
        if (kworkerStallFaultItemProvider == null) {
            kworkerStallFaultItemProvider = new KworkerStallFaultItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return faultText(object);
                }
            };
        }
        return kworkerStallFaultItemProvider;
    }

    @Override
    public Adapter createSmOutageFaultAdapter() {
        if (smOutageFaultItemProvider == null) {
            smOutageFaultItemProvider = new SmOutageFaultItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return faultText(object);
                }
            };
        }
        return smOutageFaultItemProvider;
    }

    @Override
    public Adapter createSaSlowdownFaultAdapter() {
        if (saSlowdownFaultItemProvider == null) {
            saSlowdownFaultItemProvider = new SaSlowdownFaultItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return faultText(object);
                }
            };
        }
        return saSlowdownFaultItemProvider;
    }

    @Override
    public Adapter createFunctionResetFaultAdapter() {
        if (functionResetFaultItemProvider == null) {
            functionResetFaultItemProvider = new FunctionResetFaultItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return faultText(object);
                }
            };
        }
        return functionResetFaultItemProvider;
    }
}
