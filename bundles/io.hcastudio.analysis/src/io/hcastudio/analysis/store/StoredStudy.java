package io.hcastudio.analysis.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelSnapshot;
import io.hcastudio.analysis.SeedDerivation;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.SweptParameter;

/**
 * The provenance rows of a results file: study definition, model hash, tool version.
 *
 * @param definition  the study definition
 * @param modelSha256 SHA-256 of the canonical saved model the study ran on
 * @param toolVersion version of the tool that created the file
 * @param schemaVersion {@link Schema#VERSION}, or {@link Schema#VERSION_WITH_STEP_ROWS},
 *                      {@link Schema#VERSION_WITHOUT_RECOVERY},
 *                      {@link Schema#VERSION_WITHOUT_TIMEWAIT_COUNTER},
 *                      {@link Schema#VERSION_WITHOUT_CONNECTION_STEPS} or
 *                      {@link Schema#VERSION_WITHOUT_MODEL} for an older file
 */
record StoredStudy(StudyDefinition definition, String modelSha256, String toolVersion, int schemaVersion) {

    static boolean hasMeta(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
                ResultSet rows = query.executeQuery()) {
            return rows.next() && rows.getInt(1) == 1;
        }
    }

    static Map<String, String> metaOf(StudyDefinition definition, String modelSha256, String toolVersion) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("schema_version", Integer.toString(Schema.VERSION));
        meta.put("kind", definition.kind().name());
        meta.put("study", definition.name());
        meta.put("topology", definition.topologyName());
        meta.put("scenario", definition.scenarioName());
        meta.put("base_seed", Long.toString(definition.baseSeed()));
        meta.put("replications", Integer.toString(definition.replications()));
        meta.put("profile_override", definition.profileOverride());
        meta.put("seed_derivation", SeedDerivation.SCHEME);
        meta.put("model_sha256", modelSha256);
        meta.put("tool_version", toolVersion);
        meta.put("planned_runs", Integer.toString(definition.runCount()));
        return meta;
    }

    static StoredStudy read(Connection connection, Path file) throws SQLException, AnalysisException {
        Map<String, String> meta = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT key, value FROM meta");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                meta.put(rows.getString(1), rows.getString(2));
            }
        }
        String version = meta.get("schema_version");
        if (!Integer.toString(Schema.VERSION).equals(version)
                && !Integer.toString(Schema.VERSION_WITH_STEP_ROWS).equals(version)
                && !Integer.toString(Schema.VERSION_WITHOUT_RECOVERY).equals(version)
                && !Integer.toString(Schema.VERSION_WITHOUT_TIMEWAIT_COUNTER).equals(version)
                && !Integer.toString(Schema.VERSION_WITHOUT_CONNECTION_STEPS).equals(version)
                && !Integer.toString(Schema.VERSION_WITHOUT_MODEL).equals(version)) {
            throw new AnalysisException(file + ": results schema version " + version + " is not supported (expected "
                    + Schema.VERSION + ")");
        }
        if (!SeedDerivation.SCHEME.equals(meta.get("seed_derivation"))) {
            throw new AnalysisException(file + ": seeds were derived by " + meta.get("seed_derivation")
                    + ", this tool derives them by " + SeedDerivation.SCHEME);
        }
        try {
            StudyDefinition definition = new StudyDefinition(StudyDefinition.Kind.valueOf(required(meta, "kind")),
                    required(meta, "study"), required(meta, "topology"), required(meta, "scenario"),
                    Long.parseLong(required(meta, "base_seed")), Integer.parseInt(required(meta, "replications")),
                    sweptParameters(connection), required(meta, "profile_override"));
            return new StoredStudy(definition, required(meta, "model_sha256"), required(meta, "tool_version"),
                    Integer.parseInt(version));
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(file + ": damaged study definition: " + e.getMessage(), e);
        }
    }

    /** The stored model snapshot; empty in files written before snapshots were stored. */
    static Optional<ModelSnapshot> model(Connection connection) throws SQLException {
        try (PreparedStatement table = connection.prepareStatement(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'model_snapshot'");
                ResultSet exists = table.executeQuery()) {
            if (!exists.next() || exists.getInt(1) == 0) {
                return Optional.empty();
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT m.file_name, m.content FROM model_snapshot m JOIN meta k"
                        + " ON k.key = 'model_sha256' AND k.value = m.sha256");
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(ModelSnapshot.of(rows.getBytes(2), rows.getString(1)))
                    : Optional.empty();
        }
    }

    /** Upgrades an older file to the current tables, so runs of the current version can be added to it. */
    static void upgrade(Connection connection, StoredStudy stored) throws SQLException {
        if (stored.schemaVersion() == Schema.VERSION) {
            return;
        }
        List<String> upgrade = new ArrayList<>();
        if (stored.schemaVersion() == Schema.VERSION_WITHOUT_MODEL) {
            upgrade.addAll(Schema.UPGRADE_FROM_1);
        }
        if (stored.schemaVersion() <= Schema.VERSION_WITHOUT_TIMEWAIT_COUNTER) {
            upgrade.addAll(Schema.UPGRADE_FROM_3);
        }
        if (stored.schemaVersion() <= Schema.VERSION_WITHOUT_RECOVERY) {
            upgrade.addAll(Schema.UPGRADE_FROM_4);
        }
        upgrade.addAll(Schema.UPGRADE_FROM_5);
        try (Statement statement = connection.createStatement()) {
            for (String sql : upgrade) {
                statement.execute(sql);
            }
            ConnectionStepRows.convert(connection);
            statement.execute(Schema.SET_VERSION);
        }
    }

    /** Stores the snapshot unless the file has it already. */
    static void storeModel(Connection connection, ModelSnapshot model) throws SQLException {
        if (model(connection).isPresent()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO model_snapshot (sha256, file_name, content) VALUES (?, ?, ?)")) {
            insert.setString(1, model.sha256());
            insert.setString(2, model.fileName());
            insert.setBytes(3, model.content());
            insert.executeUpdate();
        }
    }

    static List<Integer> runIds(Connection connection) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT run_id FROM runs ORDER BY run_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids;
    }

    private static List<SweptParameter> sweptParameters(Connection connection) throws SQLException {
        Map<Integer, String> keys = new LinkedHashMap<>();
        Map<Integer, List<String>> values = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT position, key, value FROM sweep_values ORDER BY position, value_index");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                keys.put(rows.getInt(1), rows.getString(2));
                values.computeIfAbsent(rows.getInt(1), position -> new ArrayList<>()).add(rows.getString(3));
            }
        }
        List<SweptParameter> parameters = new ArrayList<>();
        keys.forEach((position, key) -> parameters.add(new SweptParameter(key, values.get(position))));
        return parameters;
    }

    private static String required(Map<String, String> meta, String key) {
        String value = meta.get(key);
        if (value == null) {
            throw new IllegalArgumentException("meta." + key + " is missing");
        }
        return value;
    }
}
