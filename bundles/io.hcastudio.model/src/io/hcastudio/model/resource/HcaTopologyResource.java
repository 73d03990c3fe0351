package io.hcastudio.model.resource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXParseException;

import io.hcastudio.model.Topology;

/**
 * XMI resource for .hcatopo files.
 * <p>
 * Loading checks the root element and format version first, migrates older formats, and on any failure throws a
 * {@link ModelLoadException} and leaves the resource empty: a half-read model is never handed out, and a resource
 * whose load failed refuses to be saved, so it cannot overwrite the file it failed to read.
 * <p>
 * Saving is deterministic (same model, same bytes: positional references, fixed encoding and line ends) and, for
 * local files, atomic: the file is written completely to a temporary file and then renamed over the original.
 */
public class HcaTopologyResource extends XMIResourceImpl {

    /** SAX parsers (and their handlers' set-up) reused across loads; the pool is safe for concurrent loads. */
    private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl();

    private boolean loadFailed;
    private int migratedFromVersion;

    public HcaTopologyResource(URI uri) {
        super(uri);
        Map<Object, Object> saveOptions = getDefaultSaveOptions();
        saveOptions.put(XMLResource.OPTION_ENCODING, "UTF-8");
        saveOptions.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        saveOptions.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        saveOptions.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        saveOptions.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
    }

    /** The root topology, or null while the resource is empty. */
    public Topology getTopology() {
        return getContents().isEmpty() || !(getContents().get(0) instanceof Topology topology) ? null : topology;
    }

    /** The format version the loaded file had when it was older than the current one, else 0. */
    public int getMigratedFromVersion() {
        return migratedFromVersion;
    }

    /** Whether the last load failed; such a resource is empty and cannot be saved. */
    public boolean isLoadFailed() {
        return loadFailed;
    }

    @Override
    protected boolean useUUIDs() {
        // Random ids would make every save differ; references are positional paths instead.
        return false;
    }

    /**
     * As EMF's, for the positional paths this format refers by ({@code //@hosts.5/@hcas.0/@ports.1}) without EMF's
     * interning of every path and segment in a global pool: a fabric of 20,000 links resolves 40,000 paths on load,
     * all different. The segments are resolved one by one exactly as EMF does; other fragments (ids) go to EMF.
     */
    @Override
    public EObject getEObject(String uriFragment) {
        if (uriFragment.length() > 1 && uriFragment.charAt(0) == '/' && uriFragment.indexOf('?') < 0) {
            return getEObject(Arrays.asList(uriFragment.substring(1).split("/", -1)));
        }
        return super.getEObject(uriFragment);
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        String file = describe(getURI());
        loadFailed = false;
        migratedFromVersion = 0;
        try {
            byte[] content = inputStream.readAllBytes();
            RootElementScanner.RootElement root = RootElementScanner.scan(content, file);
            int version = checkRoot(root, file);
            Map<Object, Object> loadOptions = options == null ? new HashMap<>() : new HashMap<>(options);
            // EMF's faster load paths, which read the same objects: pooled parsers, element names mapped to
            // features once per load.
            loadOptions.putIfAbsent(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
            loadOptions.putIfAbsent(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
            if (version < HcaTopologyFormat.CURRENT_VERSION) {
                loadOptions.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
            }
            try {
                super.doLoad(new ByteArrayInputStream(content), loadOptions);
            } catch (IOException | RuntimeException e) {
                throw translate(file, e);
            }
            if (!getErrors().isEmpty()) {
                throw translate(file, null);
            }
            Topology topology = getTopology();
            if (getContents().size() != 1 || topology == null) {
                throw new ModelLoadException(file, root.line(), root.column(),
                        "expected exactly one " + HcaTopologyFormat.QUALIFIED_ROOT_ELEMENT + " root object");
            }
            if (version < HcaTopologyFormat.CURRENT_VERSION) {
                FormatMigration.migrate(this, version, file);
                migratedFromVersion = version;
            }
            topology.setFormatVersion(HcaTopologyFormat.CURRENT_VERSION);
        } catch (ModelLoadException e) {
            discardContents();
            throw e;
        }
    }

    private void discardContents() {
        loadFailed = true;
        getEObjectToExtensionMap().clear();
        getContents().clear();
    }

    /** Returns the file's format version if the root element is a topology this version can read. */
    private static int checkRoot(RootElementScanner.RootElement root, String file) throws ModelLoadException {
        if (!HcaTopologyFormat.NAMESPACE.equals(root.namespace()) || !HcaTopologyFormat.ROOT_ELEMENT.equals(root.localName())) {
            throw new ModelLoadException(file, root.line(), root.column(), "not an HCA Studio topology: expected root element "
                    + HcaTopologyFormat.QUALIFIED_ROOT_ELEMENT + " (namespace " + HcaTopologyFormat.NAMESPACE + ") but found "
                    + root.displayName());
        }
        String versionText = root.formatVersion();
        if (versionText == null) {
            throw new ModelLoadException(file, root.line(), root.column(), "the root element has no "
                    + HcaTopologyFormat.FORMAT_VERSION_ATTRIBUTE + " attribute; expected " + HcaTopologyFormat.FORMAT_VERSION_ATTRIBUTE
                    + "=\"" + HcaTopologyFormat.CURRENT_VERSION + "\"");
        }
        int version;
        try {
            version = Integer.parseInt(versionText.strip());
        } catch (NumberFormatException e) {
            throw new ModelLoadException(file, root.line(), root.column(), HcaTopologyFormat.FORMAT_VERSION_ATTRIBUTE + " '"
                    + versionText + "' is not a whole number", e);
        }
        String readable = "this version of HCA Studio reads formats " + HcaTopologyFormat.OLDEST_MIGRATABLE_VERSION + " to "
                + HcaTopologyFormat.CURRENT_VERSION;
        if (version > HcaTopologyFormat.CURRENT_VERSION) {
            throw new ModelLoadException(file, root.line(), root.column(), "the file was written in format " + version
                    + " by a newer HCA Studio; " + readable + ". Open it with a newer version");
        }
        if (version < HcaTopologyFormat.OLDEST_MIGRATABLE_VERSION) {
            throw new ModelLoadException(file, root.line(), root.column(), "format " + version + " is unknown; " + readable);
        }
        return version;
    }

    /**
     * EMF reports parse and content problems as exceptions and as resource errors; both carry a position, the
     * errors also the precise cause (an illegal value, an unknown feature, a dangling reference).
     */
    private ModelLoadException translate(String file, Exception thrown) {
        Resource.Diagnostic firstError = getErrors().isEmpty() ? null : getErrors().get(0);
        Throwable problem = firstError instanceof Throwable recorded ? recorded : thrown;
        for (Throwable cause = problem; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SAXParseException parseError) {
                return new ModelLoadException(file, parseError.getLineNumber(), parseError.getColumnNumber(),
                        "not well-formed XML: " + parseError.getMessage(), problem);
            }
        }
        if (firstError instanceof IllegalValueException illegal && illegal.getValue() instanceof EObject value
                && illegal.getFeature() != null) {
            // A reference to an element of the wrong kind; EMF's own text is an object dump and a cast failure.
            return new ModelLoadException(file, firstError.getLine(), firstError.getColumn(), "'"
                    + illegal.getFeature().getName() + "' refers to a " + value.eClass().getName() + " where a "
                    + illegal.getFeature().getEType().getName() + " belongs", problem);
        }
        if (firstError != null) {
            return new ModelLoadException(file, firstError.getLine(), firstError.getColumn(), describeError(firstError), problem);
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof XMIException xmiError) {
                return new ModelLoadException(file, xmiError.getLine(), xmiError.getColumn(), withoutLocation(xmiError.getMessage()),
                        thrown);
            }
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ClassCastException) {
                // A reference path that names a list or a container instead of one element (//@hosts for //@hosts.0).
                return new ModelLoadException(file, 0, 0, "a reference does not lead to an element of the kind its"
                        + " attribute needs; expected references such as //@hosts.0/@hcas.1", thrown);
            }
        }
        String reason = thrown == null ? "unknown error" : String.valueOf(thrown.getMessage());
        return new ModelLoadException(file, 0, 0, "cannot read the topology: " + reason, thrown);
    }

    private static String describeError(Resource.Diagnostic error) {
        String message = withoutLocation(error.getMessage());
        if (error instanceof XMIException xmiError && xmiError.getCause() != null && xmiError.getCause() != xmiError) {
            String causeMessage = xmiError.getCause().getMessage();
            if (causeMessage != null && !message.contains(causeMessage)) {
                message = message + ": " + causeMessage;
            }
        }
        return message;
    }

    /** EMF appends "(uri, line, column)" to its messages; the exception states the location itself. */
    private static String withoutLocation(String message) {
        String text = String.valueOf(message).strip();
        int suffix = text.lastIndexOf(" (");
        return suffix > 0 && text.endsWith(")") ? text.substring(0, suffix) : text;
    }

    static String describe(URI uri) {
        if (uri == null) {
            return "<no file>";
        }
        return uri.isFile() ? uri.toFileString() : uri.toString();
    }

    @Override
    public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
        if (loadFailed) {
            throw new IOException(describe(getURI()) + ": refusing to save: the file failed to load, saving would destroy it");
        }
        Topology topology = getTopology();
        if (topology != null && topology.getFormatVersion() != HcaTopologyFormat.CURRENT_VERSION) {
            topology.setFormatVersion(HcaTopologyFormat.CURRENT_VERSION);
        }
        super.doSave(outputStream, options);
    }

    /** Local files are replaced atomically; other URIs are written as EMF writes them. */
    @Override
    public void save(Map<?, ?> options) throws IOException {
        URI uri = getURI();
        if (uri == null || !uri.isFile()) {
            super.save(options);
            return;
        }
        Map<Object, Object> effectiveOptions = new HashMap<>(getDefaultSaveOptions());
        if (options != null) {
            effectiveOptions.putAll(options);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        save(buffer, effectiveOptions);
        AtomicFiles.write(Path.of(uri.toFileString()), buffer.toByteArray());
        setModified(false);
    }

    /** The model's serialized bytes, exactly as {@link #save(Map)} would write them. */
    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        save(buffer, getDefaultSaveOptions());
        return buffer.toByteArray();
    }
}
