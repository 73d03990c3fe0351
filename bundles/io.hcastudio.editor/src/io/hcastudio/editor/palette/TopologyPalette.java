package io.hcastudio.editor.palette;

import java.net.URL;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.PaletteStack;
import org.eclipse.gef.palette.PanningSelectionToolEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.jface.resource.ImageDescriptor;

import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.provider.HcaEditPlugin;

/** The editor's palette: selection tools, a tool per element, the link tool and templates. */
public final class TopologyPalette {

    /** VM counts offered by the "Host with N VMs" template stack. */
    public static final int[] HOST_TEMPLATE_VM_COUNTS = { 2, 4, 8 };

    private TopologyPalette() {
    }

    public static PaletteRoot create() {
        PaletteRoot root = new PaletteRoot();

        PaletteGroup tools = new PaletteGroup("Tools");
        ToolEntry selection = new PanningSelectionToolEntry();
        tools.add(selection);
        tools.add(new MarqueeToolEntry());
        tools.add(new ConnectionCreationToolEntry("Link", "Cable two ports: click a free port, then another",
                new ElementFactory(HcaPackage.Literals.LINK, HcaFactory.eINSTANCE::createLink), icon(HcaPackage.Literals.LINK),
                icon(HcaPackage.Literals.LINK)));
        root.add(tools);
        root.setDefaultEntry(selection);

        PaletteDrawer fabric = new PaletteDrawer("Fabric");
        fabric.add(entry("Host", "A server; holds HCAs and VMs", HcaPackage.Literals.HOST, Templates::host));
        fabric.add(entry("HCA", "A dual-port ConnectX-3 with its PF; drop it into a host", HcaPackage.Literals.HCA, Templates::hca));
        fabric.add(entry("Switch", "A 36-port switch with 8 ports listed", HcaPackage.Literals.SWITCH, Templates::switchNode));
        fabric.add(entry("Router", "A router with 2 ports", HcaPackage.Literals.ROUTER, Templates::router));
        fabric.add(entry("Port", "One more port; drop it on an HCA, switch or router", HcaPackage.Literals.PORT, Templates::port));
        root.add(fabric);

        PaletteDrawer sriov = new PaletteDrawer("SR-IOV");
        sriov.add(entry("Virtual function", "The HCA's next VF, active on all its ports; drop it into an HCA",
                HcaPackage.Literals.PCI_FUNCTION, Templates::virtualFunction));
        sriov.add(entry("Virtual machine", "A VM; drop it into a host", HcaPackage.Literals.VIRTUAL_MACHINE, Templates::virtualMachine));
        root.add(sriov);

        PaletteDrawer templates = new PaletteDrawer("Templates");
        templates.add(entry("ConnectX-3 dual-port with PF + 8 VFs", "Profile C, all functions active on both ports; drop it into a host",
                HcaPackage.Literals.HCA, Templates::connectX3DualPortWithEightVfs));
        PaletteStack hostTemplates = new PaletteStack("Host with N VMs", "A host with a ConnectX-3 and N VMs, one VF each", null);
        for (int count : HOST_TEMPLATE_VM_COUNTS) {
            hostTemplates.add(entry("Host with " + count + " VMs", "A host with a dual-port ConnectX-3 and " + count
                    + " VMs, VF n passed through to VM n", HcaPackage.Literals.HOST, () -> Templates.hostWithVirtualMachines(count)));
        }
        templates.add(hostTemplates);
        root.add(templates);
        return root;
    }

    private static CombinedTemplateCreationEntry entry(String label, String description, EClass type, Supplier<? extends EObject> supplier) {
        ElementFactory factory = new ElementFactory(type, supplier);
        ImageDescriptor image = icon(type);
        return new CombinedTemplateCreationEntry(label, description, factory, factory, image, image);
    }

    /** The EMF.Edit icon of the type, as the outline and properties view show it. */
    static ImageDescriptor icon(EClass type) {
        try {
            Object image = HcaEditPlugin.INSTANCE.getImage("full/obj16/" + type.getName());
            if (image instanceof URL url) {
                return ImageDescriptor.createFromURL(url);
            }
            if (image instanceof URI uri) {
                return ImageDescriptor.createFromURL(new URL(uri.toString()));
            }
        } catch (java.net.MalformedURLException | java.util.MissingResourceException e) {
            // An element without an icon still gets its palette entry, labelled by text.
        }
        return null;
    }
}
