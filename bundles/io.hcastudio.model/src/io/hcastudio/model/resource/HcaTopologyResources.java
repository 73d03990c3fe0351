package io.hcastudio.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Topology;
import io.hcastudio.model.validation.TopologyValidation;

/**
 * Entry point for reading and writing topology files in any JVM: plain Java, tests, the headless CLI and the
 * workbench alike. It registers what OSGi's plugin.xml would (package, resource factory, validator) on the
 * resource set it creates, so no Eclipse runtime is needed.
 */
public final class HcaTopologyResources {

    private HcaTopologyResources() {
    }

    /** A resource set that knows the topology package and reads and writes .hcatopo files. */
    public static ResourceSet createResourceSet() {
        TopologyValidation.registerValidator();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(HcaPackage.eNS_URI, HcaPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(HcaTopologyFormat.FILE_EXTENSION, new HcaTopologyResourceFactory());
        return resourceSet;
    }

    /** Loads the file into a fresh resource set; see {@link #load(ResourceSet, Path)}. */
    public static Topology load(Path file) throws ModelLoadException {
        return load(createResourceSet(), file);
    }

    /**
     * Loads a topology file (whatever its extension) into the resource set. On failure nothing is left behind in
     * the resource set and the exception names file, line and what was expected.
     */
    public static Topology load(ResourceSet resourceSet, Path file) throws ModelLoadException {
        URI uri = fileUri(file);
        String displayName = HcaTopologyResource.describe(uri);
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(displayName, 0, 0, Files.exists(file) ? "not a regular file" : "the file does not exist");
        }
        HcaTopologyResource resource = new HcaTopologyResource(uri);
        resourceSet.getResources().add(resource);
        try {
            resource.load(resourceSet.getLoadOptions());
            return resource.getTopology();
        } catch (ModelLoadException e) {
            resourceSet.getResources().remove(resource);
            throw e;
        } catch (IOException | RuntimeException e) {
            resourceSet.getResources().remove(resource);
            throw new ModelLoadException(displayName, 0, 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the topology to the file atomically. A topology that is not yet in a resource is put into a new one
     * for the file; one that is, is saved through its resource, which then refers to the file.
     */
    public static void save(Topology topology, Path file) throws IOException {
        URI uri = fileUri(file);
        Resource resource = topology.eResource();
        if (resource == null) {
            resource = new HcaTopologyResource(uri);
            resource.getContents().add(topology);
        } else {
            resource.setURI(uri);
        }
        resource.save(null);
    }

    /** The bytes {@link #save(Topology, Path)} would write, without touching any file. */
    public static byte[] toBytes(Topology topology) throws IOException {
        Resource resource = topology.eResource();
        if (resource instanceof HcaTopologyResource topologyResource) {
            return topologyResource.toBytes();
        }
        if (resource != null) {
            throw new IllegalArgumentException("the topology is held by a " + resource.getClass().getName()
                    + ", not by an HcaTopologyResource");
        }
        HcaTopologyResource scratch = new HcaTopologyResource(URI.createURI("memory:/topology." + HcaTopologyFormat.FILE_EXTENSION));
        scratch.getContents().add(topology);
        try {
            return scratch.toBytes();
        } finally {
            scratch.getContents().remove(topology);
        }
    }

    /** Registers package and factory globally, for code that uses EMF's global registries (standalone only). */
    public static void registerGlobally() {
        EPackage.Registry.INSTANCE.put(HcaPackage.eNS_URI, HcaPackage.eINSTANCE);
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
                .putIfAbsent(HcaTopologyFormat.FILE_EXTENSION, new HcaTopologyResourceFactory());
        TopologyValidation.registerValidator();
    }

    private static URI fileUri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }
}
