package io.hcastudio.importers.tests;

import java.nio.file.Path;

import io.hcastudio.importers.FabricFormat;
import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportResult;

/**
 * Prints how long importing the generated fat tree takes (default 1,000 switches, 20,000 CAs; arguments:
 * switches, CAs, repetitions). The first runs warm the JIT; the figure to quote is the best of the rest.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int switches = args.length > 0 ? Integer.parseInt(args[0]) : LargeFabricTest.SWITCHES;
        int cas = args.length > 1 ? Integer.parseInt(args[1]) : LargeFabricTest.CAS;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String text = SyntheticFabric.ibsimNet(switches, cas);
        System.out.printf("fabric: %d switches, %d CAs, %d links, %.1f MB of ibsim net text%n", switches, cas,
                SyntheticFabric.shape(switches, cas).links(), text.length() / 1e6);
        long best = Long.MAX_VALUE;
        for (int run = 1; run <= repetitions; run++) {
            long start = System.nanoTime();
            ImportResult result = FabricImporter.importText(FabricFormat.IBSIM_NET, text, Path.of("fat-tree.net"),
                    ImportOptions.defaults());
            long elapsed = System.nanoTime() - start;
            best = Math.min(best, elapsed);
            System.out.printf("run %d: %d ms (parse, match cables, build model, lay out; %d links)%n", run,
                    elapsed / 1_000_000, result.topology().getLinks().size());
        }
        System.out.printf("best: %d ms%n", best / 1_000_000);
    }
}
