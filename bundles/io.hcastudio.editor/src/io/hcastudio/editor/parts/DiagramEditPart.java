package io.hcastudio.editor.parts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.gef.CompoundSnapToHelper;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.SnapToGeometry;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.SnapToHelper;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;

import io.hcastudio.editor.figures.IndexedChildren;
import io.hcastudio.editor.policies.ElementLayoutPolicy;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.Topology;

/**
 * The topology as a whole: a freeform canvas holding hosts, switches and routers. It watches the whole model
 * for link changes, keeps the port-to-link index the port parts read their connections from, and tells
 * listeners (validation) that the model changed.
 */
public class DiagramEditPart extends ModelEditPart {

    private final Map<Port, List<Link>> linksFrom = new HashMap<>();
    private final Map<Port, List<Link>> linksTo = new HashMap<>();
    /** The links between each unordered pair of top-level boxes, in model order: parallel cables. */
    private final Map<BoxPair, List<Link>> parallel = new HashMap<>();
    private final Map<Link, BoxPair> pairOf = new HashMap<>();
    private boolean linkIndexValid;
    private final List<Runnable> changeListeners = new ArrayList<>();

    private final EContentAdapter topologyWatcher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && isActive()) {
                topologyChanged(notification);
            }
        }
    };

    public Topology getTopology() {
        return (Topology) getModel();
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer() {
            private final IndexedChildren indexed = new IndexedChildren();

            @Override
            public List<?> getChildren() {
                return indexed.over(super.getChildren());
            }
        };
        layer.setLayoutManager(new FreeformLayout());
        layer.setBorder(new MarginBorder(20));
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new ElementLayoutPolicy());
    }

    @Override
    protected List<Object> getModelChildren() {
        List<Object> children = new ArrayList<>(getTopology().getHosts());
        children.addAll(getTopology().getSwitches());
        children.addAll(getTopology().getRouters());
        return children;
    }

    @Override
    public void activate() {
        super.activate();
        getTopology().eAdapters().add(topologyWatcher);
        ((ConnectionLayer) getLayer(LayerConstants.CONNECTION_LAYER)).setAntialias(org.eclipse.swt.SWT.ON);
    }

    @Override
    public void deactivate() {
        getTopology().eAdapters().remove(topologyWatcher);
        super.deactivate();
    }

    /** Runs {@code listener} after every model change (on the thread that made it). */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    @Override
    protected void modelChanged(Notification notification) {
        if (notification.getFeature() == HcaPackage.Literals.TOPOLOGY__HOSTS || notification.getFeature() == HcaPackage.Literals.TOPOLOGY__SWITCHES
                || notification.getFeature() == HcaPackage.Literals.TOPOLOGY__ROUTERS) {
            refreshChildren();
        }
    }

    private void topologyChanged(Notification notification) {
        Object feature = notification.getFeature();
        if (feature == HcaPackage.Literals.TOPOLOGY__LINKS || feature == HcaPackage.Literals.LINK__SOURCE
                || feature == HcaPackage.Literals.LINK__TARGET) {
            Set<Port> ports = affectedPorts(notification);
            // Cables parallel to an added or removed one spread their labels anew.
            Set<Link> siblings = new LinkedHashSet<>();
            for (Object value : new Object[] { notification.getOldValue(), notification.getNewValue(), notification.getNotifier() }) {
                Collection<?> values = value instanceof Collection<?> many ? many : java.util.Collections.singletonList(value);
                for (Object element : values) {
                    if (element instanceof Link link && pairOf.containsKey(link)) {
                        siblings.addAll(parallel.getOrDefault(pairOf.get(link), List.of()));
                    }
                }
            }
            linkIndexValid = false;
            refreshLinksOf(ports);
            ensureLinkIndex();
            for (Object value : new Object[] { notification.getNewValue(), notification.getNotifier() }) {
                Collection<?> values = value instanceof Collection<?> many ? many : java.util.Collections.singletonList(value);
                for (Object element : values) {
                    if (element instanceof Link link && pairOf.containsKey(link)) {
                        siblings.addAll(parallel.getOrDefault(pairOf.get(link), List.of()));
                    }
                }
            }
            for (Link sibling : siblings) {
                if (getViewer().getEditPartRegistry().get(sibling) instanceof LinkEditPart part) {
                    part.refresh();
                }
            }
        }
        if (feature == HcaPackage.Literals.TOPOLOGY__SUBNET_MANAGER || notification.getNotifier() instanceof SubnetManager) {
            for (Object child : getChildren()) {
                ((EditPart) child).refresh();
            }
        }
        for (Runnable listener : new ArrayList<>(changeListeners)) {
            listener.run();
        }
    }

    private static Set<Port> affectedPorts(Notification notification) {
        Set<Port> ports = new LinkedHashSet<>();
        for (Object value : new Object[] { notification.getOldValue(), notification.getNewValue() }) {
            Collection<?> values = value instanceof Collection<?> many ? many : java.util.Collections.singletonList(value);
            for (Object element : values) {
                if (element instanceof Port port) {
                    ports.add(port);
                } else if (element instanceof Link link) {
                    ports.add(link.getSource());
                    ports.add(link.getTarget());
                }
            }
        }
        if (notification.getNotifier() instanceof Link link) {
            ports.add(link.getSource());
            ports.add(link.getTarget());
        }
        ports.remove(null);
        return ports;
    }

    private void refreshLinksOf(Set<Port> ports) {
        for (Port port : ports) {
            if (getViewer().getEditPartRegistry().get(port) instanceof PortEditPart part) {
                part.refreshLinks();
            }
        }
    }

    /** Links whose source is the port, from an index rebuilt after link changes. */
    public List<Link> linksFrom(Port port) {
        ensureLinkIndex();
        return linksFrom.getOrDefault(port, List.of());
    }

    public List<Link> linksTo(Port port) {
        ensureLinkIndex();
        return linksTo.getOrDefault(port, List.of());
    }

    private void ensureLinkIndex() {
        if (linkIndexValid) {
            return;
        }
        linksFrom.clear();
        linksTo.clear();
        parallel.clear();
        pairOf.clear();
        for (Link link : getTopology().getLinks()) {
            Object source = topLevelOf(link.getSource());
            Object target = topLevelOf(link.getTarget());
            BoxPair pair = new BoxPair(source, target);
            pairOf.put(link, pair);
            parallel.computeIfAbsent(pair, key -> new ArrayList<>()).add(link);
            if (link.getSource() != null) {
                linksFrom.computeIfAbsent(link.getSource(), port -> new ArrayList<>()).add(link);
            }
            if (link.getTarget() != null) {
                linksTo.computeIfAbsent(link.getTarget(), port -> new ArrayList<>()).add(link);
            }
        }
        linkIndexValid = true;
    }

    /**
     * Where along the cable its label goes: half way, or for the i-th of n cables between the same two top-level
     * boxes (a dual-port HCA cabled twice to one switch) at (i + 1) / (n + 1), so that parallel labels spread out.
     */
    public double labelFraction(Link link) {
        ensureLinkIndex();
        List<Link> siblings = parallel.getOrDefault(pairOf.get(link), List.of(link));
        int count = siblings.size();
        return count <= 1 ? 0.5 : (siblings.indexOf(link) + 1.0) / (count + 1.0);
    }

    private static Object topLevelOf(org.eclipse.emf.ecore.EObject element) {
        org.eclipse.emf.ecore.EObject current = element;
        while (current != null && current.eContainer() != null && !(current.eContainer() instanceof Topology)) {
            current = current.eContainer();
        }
        return current;
    }

    /** Whether the subnet manager sits on a port of this node. */
    boolean runsSubnetManager(Object node) {
        SubnetManager manager = getTopology().getSubnetManager();
        if (manager == null || manager.getPort() == null) {
            return false;
        }
        for (org.eclipse.emf.ecore.EObject current = manager.getPort(); current != null; current = current.eContainer()) {
            if (current == node) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object getAdapter(@SuppressWarnings("rawtypes") Class type) {
        if (type == SnapToHelper.class) {
            List<SnapToHelper> helpers = new ArrayList<>();
            if (Boolean.TRUE.equals(getViewer().getProperty(SnapToGeometry.PROPERTY_SNAP_ENABLED))) {
                helpers.add(new SnapToGeometry(this));
            }
            if (Boolean.TRUE.equals(getViewer().getProperty(SnapToGrid.PROPERTY_GRID_ENABLED))) {
                helpers.add(new SnapToGrid(this));
            }
            if (helpers.isEmpty()) {
                return null;
            }
            return helpers.size() == 1 ? helpers.get(0) : new CompoundSnapToHelper(helpers.toArray(new SnapToHelper[0]));
        }
        return super.getAdapter(type);
    }

    @Override
    public void showProblems(int severity, String messages) {
        // Problems of the topology itself are listed by the validation summary, not drawn.
    }

    /** Two top-level boxes in either order (null for a loose end). */
    private record BoxPair(Object first, Object second) {

        @Override
        public boolean equals(Object other) {
            return other instanceof BoxPair pair && (first == pair.first && second == pair.second || first == pair.second && second == pair.first);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(first) ^ System.identityHashCode(second);
        }
    }
}
