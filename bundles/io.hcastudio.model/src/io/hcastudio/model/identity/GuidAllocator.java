package io.hcastudio.model.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;

/**
 * Hands out GUIDs by the {@link GuidScheme} to elements joining a topology (new from the palette, pasted,
 * replicated). A node without a GUID gets a fresh block above every physical GUID of the topology; ports and
 * functions derive theirs from their node's, unless that GUID is in use already, when they get a fresh one too.
 * Everything follows from the topology's content, so the same model gives the same GUIDs every time.
 */
public final class GuidAllocator {

    private final Map<Long, EObject> taken = new HashMap<>();
    private long next;

    /** An allocator for elements joining {@code root}; GUIDs already in {@code newcomers} are kept and counted. */
    public GuidAllocator(EObject root, EObject... newcomers) {
        long highestPhysical = GuidScheme.FIRST_GUID - 1;
        List<EObject> objects = new ArrayList<>(Trees.withContents(root));
        for (EObject newcomer : newcomers) {
            objects.addAll(Trees.withContents(newcomer));
        }
        for (EObject object : objects) {
            for (EAttribute attribute : guidAttributes(object.eClass())) {
                long guid = (Long) object.eGet(attribute);
                if (guid == 0) {
                    continue;
                }
                taken.putIfAbsent(guid, object);
                boolean derived = object instanceof PciFunction || object instanceof FunctionInterface;
                if (!derived && Long.compareUnsigned(guid, highestPhysical) > 0) {
                    highestPhysical = guid;
                }
            }
        }
        next = highestPhysical + 1;
    }

    /** The node GUID a new node would get in {@code root}: above every node, system image and port GUID, or {@link GuidScheme#FIRST_GUID}. */
    public static long nextFreeGuid(EObject root) {
        return new GuidAllocator(root).freshBlock(1);
    }

    /** Clears every GUID in the subtree, so that {@link #assign} hands out fresh ones (for copies). */
    public static void clearGuids(EObject element) {
        for (EObject object : Trees.withContents(element)) {
            for (EAttribute attribute : guidAttributes(object.eClass())) {
                object.eSet(attribute, 0L);
            }
        }
    }

    /** Gives every element of {@code element}'s subtree that lacks one its GUIDs; {@code parent} is where it goes. */
    public void assign(EObject parent, EObject element) {
        for (EObject object : Trees.withContents(element)) {
            if (object instanceof FabricNode node && node.getNodeGuid() == 0) {
                long guid = freshBlock(GuidScheme.reservedGuids(node));
                node.setNodeGuid(guid);
                if (node.getSystemImageGuid() == 0) {
                    node.setSystemImageGuid(guid);
                }
            } else if (object instanceof Port port && port.getPortGuid() == 0) {
                FabricNode node = port.getNode() != null ? port.getNode() : (FabricNode) parent;
                // Switch ports answer with the switch's node GUID and have none of their own; mlx5 ports share it.
                if (!(node instanceof Switch)) {
                    port.setPortGuid(GuidScheme.portsUseNodeGuid(node) && node.getNodeGuid() != 0 ? node.getNodeGuid()
                            : claim(GuidScheme.portGuid(node, port.getNumber()), node.getNodeGuid()));
                }
            } else if (object instanceof PciFunction function) {
                assignFunction(function.getHca() != null ? function.getHca() : (Hca) parent, function);
            }
        }
    }

    private void assignFunction(Hca hca, PciFunction function) {
        int id = function.getFunctionId();
        if (function.getNodeGuid() == 0) {
            function.setNodeGuid(derived(GuidScheme.functionGuid(hca.getNodeGuid(), id), id, hca));
        }
        for (FunctionInterface functionInterface : function.getInterfaces()) {
            if (functionInterface.getAliasGuid() == 0) {
                long physical = GuidScheme.physicalPortGuid(hca, functionInterface.getPortNumber());
                functionInterface.setAliasGuid(derived(GuidScheme.functionGuid(physical, id), id, hca));
            }
        }
    }

    /** The PF shares its HCA's GUIDs (as real hardware does); a VF's GUID must be its own. */
    private long derived(long wanted, int functionId, Hca hca) {
        return functionId == 0 && hca.getNodeGuid() != 0 ? wanted : claim(wanted, hca.getNodeGuid());
    }

    /** {@code wanted} if it is free and derived from a real GUID ({@code base} not 0), else a fresh one. */
    private long claim(long wanted, long base) {
        if (base != 0 && wanted != 0 && !taken.containsKey(wanted)) {
            taken.put(wanted, null);
            return wanted;
        }
        return freshBlock(1);
    }

    /**
     * The element of the topology (or of the newcomers) that had {@code guid} when this allocator was made, or null
     * when none had it; a GUID handed out since has no owner here.
     */
    public EObject owner(long guid) {
        return taken.get(guid);
    }

    /** Whether {@code guid} is in use: by an element of the topology, or handed out by this allocator. */
    public boolean isTaken(long guid) {
        return taken.containsKey(guid);
    }

    /** The first of {@code size} free GUIDs in a row from the cursor on; only the first is taken, the rest reserved. */
    private long freshBlock(int size) {
        while (!isFree(next, size)) {
            next++;
        }
        long start = next;
        taken.put(start, null);
        next += size;
        return start;
    }

    private boolean isFree(long start, int size) {
        for (int offset = 0; offset < size; offset++) {
            if (start + offset == 0 || taken.containsKey(start + offset)) {
                return false;
            }
        }
        return true;
    }

    private static List<EAttribute> guidAttributes(EClass type) {
        List<EAttribute> attributes = new ArrayList<>();
        for (EAttribute attribute : type.getEAllAttributes()) {
            if (attribute.getEAttributeType() == HcaPackage.Literals.GUID && !attribute.isMany() && attribute.isChangeable()) {
                attributes.add(attribute);
            }
        }
        return attributes;
    }
}
