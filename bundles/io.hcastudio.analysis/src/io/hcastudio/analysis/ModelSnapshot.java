package io.hcastudio.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.HcaTopologyFormat;
import io.hcastudio.model.resource.HcaTopologyResource;
import io.hcastudio.model.resource.HcaTopologyResources;

/**
 * The model a result came from: the bytes the model saves as (deterministic XMI), their SHA-256 and the name of the
 * file it was read from. A results file keeps the snapshot, so it can be reported on without the model file.
 */
public final class ModelSnapshot {

    private final byte[] content;
    private final String sha256;
    private final String fileName;

    private ModelSnapshot(byte[] content, String fileName) {
        this.content = content.clone();
        this.sha256 = sha256(this.content);
        this.fileName = fileName;
    }

    /** The canonical saved form of {@code topology}, named after the file it was loaded from (if any). */
    public static ModelSnapshot of(Topology topology) throws AnalysisException {
        try {
            return new ModelSnapshot(HcaTopologyResources.toBytes(topology), fileNameOf(topology));
        } catch (IOException e) {
            throw new AnalysisException("cannot serialise topology '" + topology.getName() + "': " + e.getMessage(), e);
        }
    }

    /** A snapshot read back from a results file. */
    public static ModelSnapshot of(byte[] content, String fileName) {
        return new ModelSnapshot(content, fileName);
    }

    /** Lower-case hex SHA-256 of the canonical saved form of {@code topology}. */
    public static String sha256(Topology topology) throws AnalysisException {
        return of(topology).sha256();
    }

    /** Lower-case hex SHA-256 of {@link #content()}. */
    public String sha256() {
        return sha256;
    }

    /** The saved model, byte for byte. */
    public byte[] content() {
        return content.clone();
    }

    /** Name of the model file the snapshot was taken from, e.g. {@code commit-testbed.hcatopo}. */
    public String fileName() {
        return fileName;
    }

    /** The model as it was when the snapshot was taken, in a resource set of its own. */
    public Topology load() throws AnalysisException {
        ResourceSet resourceSet = HcaTopologyResources.createResourceSet();
        HcaTopologyResource resource = new HcaTopologyResource(URI.createURI("snapshot:/" + fileName));
        resourceSet.getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(content), resourceSet.getLoadOptions());
            return resource.getTopology();
        } catch (IOException e) {
            throw new AnalysisException("the model snapshot " + fileName + " does not load: " + e.getMessage(), e);
        }
    }

    private static String fileNameOf(Topology topology) {
        Resource resource = topology.eResource();
        String segment = resource == null || resource.getURI() == null ? null : resource.getURI().lastSegment();
        return segment == null || segment.isEmpty()
                ? topology.getName() + "." + HcaTopologyFormat.FILE_EXTENSION
                : URI.decode(segment);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
