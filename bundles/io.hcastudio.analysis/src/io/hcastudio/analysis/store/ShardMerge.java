package io.hcastudio.analysis.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelSnapshot;
import io.hcastudio.analysis.StudyDefinition;

/**
 * Merges the shard files of a study (written by {@code study --shard I/N}) into one results file whose runs,
 * aggregates, exports and reports equal those of the study run in one piece: every run keeps its id, seed and rows.
 * Shards of different studies, models, tool or schema versions, or of different partitions, two files of the same
 * shard, and missing or incomplete shards are refused with one line naming the files; with {@code allowPartial} the
 * runs that are there are merged and the outcome names what is missing (the merged file then resumes like an
 * interrupted study). The result is written to a temporary file next to {@code output} and renamed into place.
 */
public final class ShardMerge {

    /** Tables every results file has from its creation; the run tables (with a run_id column) are copied. */
    private static final List<String> STUDY_TABLES = List.of("meta", "sweep_values", "model_snapshot");

    private ShardMerge() {
    }

    /**
     * What a merge did.
     *
     * @param output     the merged results file
     * @param definition the study
     * @param shardCount shards the study was split into
     * @param mergedRuns runs now in {@code output}
     * @param missing    what was missing (empty for a complete merge), e.g. {@code shard 3 of 4 (no file)}
     */
    public record Outcome(Path output, StudyDefinition definition, int shardCount, int mergedRuns,
            List<String> missing) {

        public Outcome {
            missing = List.copyOf(missing);
        }

        public boolean isComplete() {
            return missing.isEmpty();
        }
    }

    /** One input file as read before merging. */
    private record Input(Path file, StoredStudy study, ShardManifest manifest, List<Integer> storedRunIds,
            List<String> runToolVersions) {

        String describe() {
            return file + " (" + manifest.label() + ")";
        }
    }

    public static Outcome merge(List<Path> shards, Path output, boolean allowPartial) throws AnalysisException {
        if (shards.isEmpty()) {
            throw new AnalysisException("no shard files to merge");
        }
        List<String> missing = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        for (Path file : shards) {
            try {
                inputs.add(read(file));
            } catch (AnalysisException e) {
                if (!allowPartial) {
                    throw e;
                }
                missing.add(e.getMessage());
            }
        }
        if (inputs.isEmpty()) {
            throw new AnalysisException("none of the " + shards.size() + " files is a readable shard: "
                    + String.join("; ", missing));
        }
        Input reference = inputs.get(0);
        for (Input input : inputs.subList(1, inputs.size())) {
            requireSameStudy(reference, input);
        }
        requireDistinct(inputs, output);
        TreeMap<Integer, Input> byIndex = new TreeMap<>();
        inputs.forEach(input -> byIndex.put(input.manifest().index(), input));
        List<String> absent = new ArrayList<>();
        for (int index = 1; index <= reference.manifest().count(); index++) {
            Input input = byIndex.get(index);
            if (input == null) {
                absent.add("shard " + index + " of " + reference.manifest().count() + " (no file)");
            } else if (input.storedRunIds().size() < input.manifest().runIds().size()) {
                absent.add(input.describe() + " holds " + input.storedRunIds().size() + " of its "
                        + input.manifest().runIds().size() + " runs");
            }
        }
        if (!absent.isEmpty() && !allowPartial) {
            throw new AnalysisException("cannot merge: " + String.join("; ", absent)
                    + " (--allow-partial merges what is there)");
        }
        missing.addAll(absent);
        ModelSnapshot model = model(reference);
        int merged = write(List.copyOf(byIndex.values()), reference.study().definition(), model, output);
        return new Outcome(output, reference.study().definition(), reference.manifest().count(), merged, missing);
    }

    private static Input read(Path file) throws AnalysisException {
        if (!Files.isRegularFile(file)) {
            throw new AnalysisException(file + ": " + (Files.exists(file) ? "not a regular file"
                    : "the file does not exist"));
        }
        try (Connection connection = Sqlite.open(file, true)) {
            if (!StoredStudy.hasMeta(connection)) {
                throw new AnalysisException(file + ": not a results file (no study definition in it)");
            }
            StoredStudy study = StoredStudy.read(connection, file);
            Optional<ShardManifest> manifest = ShardManifest.read(connection, file);
            if (manifest.isEmpty()) {
                throw new AnalysisException(file + " is no shard (it holds study '" + study.definition().name()
                        + "' in one piece); merge takes the files of study --shard I/N");
            }
            List<String> versions = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT DISTINCT tool_version FROM runs ORDER BY tool_version");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getString(1));
                }
            }
            List<Integer> stored = StoredStudy.runIds(connection);
            List<Integer> foreign = stored.stream().filter(id -> !manifest.get().runIds().contains(id)).toList();
            if (!foreign.isEmpty()) {
                throw new AnalysisException(file + " (" + manifest.get().label() + ") holds run " + foreign.get(0)
                        + ", which the shard does not plan: the file is damaged");
            }
            return new Input(file, study, manifest.get(), stored, versions);
        } catch (SQLException e) {
            throw new AnalysisException(file + ": not a readable results file: " + e.getMessage(), e);
        }
    }

    private static void requireSameStudy(Input reference, Input input) throws AnalysisException {
        StudyDefinition expected = reference.study().definition();
        StudyDefinition actual = input.study().definition();
        if (!expected.equals(actual)) {
            throw new AnalysisException("shards of different studies: " + input.file() + " holds "
                    + describe(actual) + ", " + reference.file() + " holds " + describe(expected));
        }
        if (!reference.study().modelSha256().equals(input.study().modelSha256())) {
            throw new AnalysisException("shards of different model versions: " + input.file() + " ran model SHA-256 "
                    + input.study().modelSha256() + ", " + reference.file() + " ran "
                    + reference.study().modelSha256());
        }
        if (!reference.study().toolVersion().equals(input.study().toolVersion())
                || reference.study().schemaVersion() != input.study().schemaVersion()) {
            throw new AnalysisException("shards of different tool versions: " + input.file() + " was written by "
                    + version(input) + ", " + reference.file() + " by " + version(reference));
        }
        for (Input shard : List.of(reference, input)) {
            List<String> others = shard.runToolVersions().stream()
                    .filter(version -> !version.equals(shard.study().toolVersion())).toList();
            if (!others.isEmpty()) {
                throw new AnalysisException("shards of different tool versions: " + shard.file() + " holds runs of "
                        + "hcastudio " + others.get(0) + " in a file of hcastudio " + shard.study().toolVersion());
            }
        }
        ShardManifest a = reference.manifest();
        ShardManifest b = input.manifest();
        if (a.count() != b.count() || !a.scheme().equals(b.scheme())) {
            throw new AnalysisException("shards of different partitions: " + input.file() + " is " + b.label()
                    + " (" + b.scheme() + "), " + reference.file() + " is " + a.label() + " (" + a.scheme() + ")");
        }
    }

    private static void requireDistinct(List<Input> inputs, Path output) throws AnalysisException {
        Map<Integer, Input> byIndex = new HashMap<>();
        Map<Integer, Input> byRun = new HashMap<>();
        for (Input input : inputs) {
            Input twin = byIndex.putIfAbsent(input.manifest().index(), input);
            if (twin != null) {
                throw new AnalysisException("duplicate shards: " + twin.file() + " and " + input.file() + " are both "
                        + input.manifest().label());
            }
            for (int run : input.manifest().runIds()) {
                Input other = byRun.putIfAbsent(run, input);
                if (other != null) {
                    throw new AnalysisException("duplicate runs: run " + run + " is in " + other.describe() + " and "
                            + input.describe());
                }
            }
            if (sameFile(input.file(), output)) {
                throw new AnalysisException(output + " is one of the shards; write the merged study to another file");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) throws AnalysisException {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new AnalysisException(b + ": " + e.getMessage(), e);
        }
    }

    private static ModelSnapshot model(Input reference) throws AnalysisException {
        try (Connection connection = Sqlite.open(reference.file(), true)) {
            return StoredStudy.model(connection).orElseThrow(() -> new AnalysisException(reference.file()
                    + " keeps no model snapshot; shards are written with one"));
        } catch (SQLException e) {
            throw new AnalysisException(reference.file() + ": cannot read the model snapshot: " + e.getMessage(), e);
        }
    }

    /** Copies the run rows of every shard, in shard order, into a new file and renames it to {@code output}. */
    private static int write(List<Input> inputs, StudyDefinition definition, ModelSnapshot model, Path output)
            throws AnalysisException {
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new AnalysisException(output + ": the folder " + folder + " does not exist");
        }
        Path temporary = output.resolveSibling("." + output.getFileName() + ".merging");
        try {
            Files.deleteIfExists(temporary);
            ResultsStore.create(temporary, definition, model).close();
            int runs;
            try (Connection connection = Sqlite.open(temporary, false)) {
                Map<String, String> tables = runTables(connection, "main");
                for (Input input : inputs) {
                    copy(connection, input, tables);
                }
                runs = StoredStudy.runIds(connection).size();
            }
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return runs;
        } catch (SQLException | IOException e) {
            throw new AnalysisException(output + ": cannot write the merged study: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // The merge's own outcome or failure is what matters; a stray temporary file is harmless.
            }
        }
    }

    /** Copies the run rows of one shard in one transaction; ATTACH and DETACH must run outside of one. */
    private static void copy(Connection connection, Input input, Map<String, String> tables)
            throws SQLException, AnalysisException {
        try (PreparedStatement attach = connection.prepareStatement("ATTACH DATABASE ? AS shard")) {
            attach.setString(1, input.file().toAbsolutePath().toString());
            attach.execute();
        }
        try {
            Map<String, String> shardTables = runTables(connection, "shard");
            if (!shardTables.equals(tables)) {
                throw new AnalysisException(input.file() + ": its run tables differ from this tool's (written by"
                        + " another build of hcastudio " + input.study().toolVersion() + "?): "
                        + new TreeSet<>(shardTables.keySet()) + " vs " + new TreeSet<>(tables.keySet()));
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String table : tables.keySet()) {
                    statement.executeUpdate("INSERT INTO main.\"" + table + "\" SELECT * FROM shard.\"" + table
                            + "\"");
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DETACH DATABASE shard");
            }
        }
    }

    /** Name → CREATE statement of every table of {@code schema} that holds rows of runs (has a run_id column). */
    private static Map<String, String> runTables(Connection connection, String schema) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        List<String[]> candidates = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name, sql FROM " + schema
                        + ".sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rows.next()) {
                candidates.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        candidates.sort(Comparator.comparing(row -> row[0]));
        for (String[] table : candidates) {
            if (STUDY_TABLES.contains(table[0]) || table[0].startsWith("shard")) {
                continue;
            }
            try (PreparedStatement columns = connection.prepareStatement(
                    "SELECT COUNT(*) FROM pragma_table_info(?, ?) WHERE name = 'run_id'")) {
                columns.setString(1, table[0]);
                columns.setString(2, schema);
                try (ResultSet rows = columns.executeQuery()) {
                    if (rows.next() && rows.getInt(1) == 1) {
                        tables.put(table[0], table[1]);
                    }
                }
            }
        }
        return tables;
    }

    private static String version(Input input) {
        return "hcastudio " + input.study().toolVersion() + " (results schema " + input.study().schemaVersion() + ")";
    }

    private static String describe(StudyDefinition definition) {
        return "study '" + definition.name() + "' of '" + definition.scenarioName() + "' (" + definition.runCount()
                + " runs, base seed " + definition.baseSeed()
                + (definition.profileOverride().isEmpty() ? "" : ", profile " + definition.profileOverride()) + ")";
    }
}
