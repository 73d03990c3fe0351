package io.hcastudio.importers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.hcastudio.importers.internal.FabricAssembler;
import io.hcastudio.importers.internal.FabricDraft;
import io.hcastudio.importers.internal.IbnetdiscoverParser;
import io.hcastudio.importers.internal.IbsimNetParser;
import io.hcastudio.importers.internal.ProblemLog;
import io.hcastudio.model.Topology;
import io.hcastudio.model.layout.TopologyLayout;

/**
 * Imports a fabric file (ibnetdiscover output or an ibsim net file), optionally with an SR-IOV overlay, into a
 * laid-out {@link Topology}. Headless and free of OSGi: the workbench wizard and the CLI both call it.
 *
 * <p>In strict mode (the default) a file with any error imports nothing and the call throws an
 * {@link ImportException} listing every error with file, line, column and what was expected. In lenient mode
 * the call returns what parsed and lists the skipped lines in {@link ImportResult#skipped()}.
 */
public final class FabricImporter {

    private FabricImporter() {
    }

    /** Imports a file, detecting its format with {@link FabricFormat#detect(CharSequence)}. */
    public static ImportResult importFabric(Path file, ImportOptions options) throws IOException, ImportException {
        String text = read(file);
        return importText(FabricFormat.detect(text), text, file, options);
    }

    public static ImportResult importIbnetdiscover(Path file, ImportOptions options)
            throws IOException, ImportException {
        return importText(FabricFormat.IBNETDISCOVER, read(file), file, options);
    }

    public static ImportResult importIbsimNet(Path file, ImportOptions options) throws IOException, ImportException {
        return importText(FabricFormat.IBSIM_NET, read(file), file, options);
    }

    /**
     * Imports fabric text that is already in memory; {@code file} names it in problems, resolves ibsim
     * {@code include}s and gives the topology its name. Never throws anything but {@link ImportException} for
     * bad input (an unreadable overlay or include is an import problem too).
     */
    public static ImportResult importText(FabricFormat format, String text, Path file, ImportOptions options)
            throws ImportException {
        ProblemLog log = new ProblemLog();
        FabricDraft draft = switch (format) {
            case IBNETDISCOVER -> new IbnetdiscoverParser(log).parse(file, text);
            case IBSIM_NET -> new IbsimNetParser(log).parse(file, text);
        };
        Topology topology = new FabricAssembler(draft, log).assemble(topologyName(file));
        if (options.overlay() != null) {
            SriovOverlay.apply(topology, options.overlay(), log);
        }
        if (log.hasErrors() && !options.lenient()) {
            throw new ImportException(log.errors());
        }
        TopologyLayout.apply(topology);
        return new ImportResult(topology, format, log.errors(), log.warnings());
    }

    /**
     * Applies an SR-IOV overlay to a topology already imported (or drawn). In strict mode an overlay with
     * errors changes nothing and throws; in lenient mode the entries with errors are skipped and returned.
     * The topology is laid out again, since HCAs grew functions and hosts virtual machines.
     */
    public static List<ImportProblem> applyOverlay(Topology topology, Path overlay, ImportOptions options)
            throws ImportException {
        ProblemLog log = new ProblemLog();
        if (!options.lenient()) {
            SriovOverlay.apply(org.eclipse.emf.ecore.util.EcoreUtil.copy(topology), overlay, log);
            if (log.hasErrors()) {
                throw new ImportException(log.errors());
            }
            log = new ProblemLog();
        }
        SriovOverlay.apply(topology, overlay, log);
        TopologyLayout.apply(topology);
        return List.copyOf(log.errors());
    }

    private static String read(Path file) throws IOException {
        // Node descriptions are free text; undecodable bytes become U+FFFD rather than failing the import.
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static String topologyName(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
