package io.hcastudio.releng.emfcodegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates {@code src-gen/} of io.hcastudio.model (model code) and io.hcastudio.model.edit (item providers)
 * from {@code bundles/io.hcastudio.model/model/hcastudio.genmodel}, outside any Eclipse IDE.
 * <p>
 * Argument: the repository root (defaults to the working directory).
 */
public final class RegenerateModelCode {

    private static final String MODEL_BUNDLE = "io.hcastudio.model";
    private static final String EDIT_BUNDLE = "io.hcastudio.model.edit";
    private static final String PLUGIN_PROPERTIES = "plugin.properties";
    private static final String GENMODEL_PATH = "/" + MODEL_BUNDLE + "/model/hcastudio.genmodel";

    private RegenerateModelCode() {
    }

    public static void main(String[] args) throws Exception {
        Path repositoryRoot = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        for (String bundle : List.of(MODEL_BUNDLE, EDIT_BUNDLE)) {
            Path bundleDir = repositoryRoot.resolve("bundles").resolve(bundle);
            if (!Files.isDirectory(bundleDir)) {
                throw new IllegalArgumentException("not a repository root, missing " + bundleDir);
            }
            // The genmodel names its output folders as platform:/resource/<bundle>/...; standalone, those
            // project names must be mapped to directories or every file fails with "The path ... is unmapped".
            EcorePlugin.getPlatformResourceMap().put(bundle, URI.createFileURI(bundleDir.toString() + "/"));
        }
        registerCodegenInfrastructure();
        // EMF writes the edit bundle's label strings only into a missing plugin.properties; deleting it first keeps
        // them in step with the model. Everything else outside src-gen (MANIFEST.MF, plugin.xml, build.properties)
        // is hand-maintained: existing files are left alone, plugin.xml only has its @generated extensions merged.
        Path editProperties = repositoryRoot.resolve("bundles").resolve(EDIT_BUNDLE).resolve(PLUGIN_PROPERTIES);
        Files.deleteIfExists(editProperties);

        ResourceSet resourceSet = new ResourceSetImpl();
        Resource genModelResource = resourceSet.getResource(URI.createPlatformResourceURI(GENMODEL_PATH, true), true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);

        Diagnostic modelDiagnostic = genModel.diagnose();
        if (modelDiagnostic.getSeverity() == Diagnostic.ERROR) {
            fail("genmodel is invalid", modelDiagnostic);
        }

        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                fail("generation of " + projectType + " failed", result);
            }
        }
        brandProperties(editProperties);
        System.out.println("Regenerated src-gen of " + MODEL_BUNDLE + " and " + EDIT_BUNDLE);
    }

    /** EMF's template names a placeholder provider; the bundle's MANIFEST.MF refers to %providerName. */
    private static void brandProperties(Path properties) throws IOException {
        String text = Files.readString(properties, StandardCharsets.ISO_8859_1);
        Files.writeString(properties, text.replace("providerName = www.example.org", "providerName = HCA Studio"),
                StandardCharsets.ISO_8859_1);
    }

    private static void registerCodegenInfrastructure() {
        EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        EcoreResourceFactoryImpl xmiFactory = new EcoreResourceFactoryImpl();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", xmiFactory);
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", xmiFactory);
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
    }

    private static void fail(String what, Diagnostic diagnostic) {
        StringBuilder message = new StringBuilder(what).append(':');
        appendDiagnostic(message, diagnostic, 1);
        System.err.println(message);
        System.exit(1);
    }

    private static void appendDiagnostic(StringBuilder out, Diagnostic diagnostic, int depth) {
        if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
            out.append('\n').append("  ".repeat(depth)).append(diagnostic.getMessage());
            if (diagnostic.getException() != null) {
                out.append(" (").append(diagnostic.getException()).append(')');
            }
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            appendDiagnostic(out, child, depth + 1);
        }
    }
}
