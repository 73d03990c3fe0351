package io.hcastudio.analysis.store;

import java.util.List;

/**
 * Tables of a results file (one SQLite file per study). Everything a chart, report or CSV export needs is in here,
 * so reopening a study never re-runs it. A run's rows are written in one transaction: a run is in the file
 * completely or not at all.
 */
final class Schema {

    /** Stored in {@code meta.schema_version}; raise it when a table changes. */
    static final int VERSION = 6;

    /**
     * Version 1 lacked the model snapshot and the detail series; such files are still read, and resuming one
     * upgrades it (see {@link #UPGRADE_FROM_1}).
     */
    static final int VERSION_WITHOUT_MODEL = 1;

    /**
     * Version 2 lacked the per-connection cmtime steps; such files are still read (their runs have no connection
     * steps), and resuming one upgrades it.
     */
    static final int VERSION_WITHOUT_CONNECTION_STEPS = 2;

    /**
     * Version 3 lacked {@code runs.requests_after_timewait} and the SA queue overflow in {@code run_summary}; such
     * files are still read (the counter reads 0), and resuming one upgrades it (see {@link #UPGRADE_FROM_3}).
     */
    static final int VERSION_WITHOUT_TIMEWAIT_COUNTER = 3;

    /**
     * Version 4 lacked the recovery figures and the reaction counters of network events; such files are still read
     * (their runs have none), and resuming one upgrades it (see {@link #UPGRADE_FROM_4}).
     */
    static final int VERSION_WITHOUT_RECOVERY = 4;

    /**
     * Versions 3 to 5 kept the cmtime steps a row per connection ({@link ConnectionStepRows}); such files are still
     * read, and resuming one converts the rows into {@link #CREATE_SESSION_STEPS}'s blobs (see
     * {@link #UPGRADE_FROM_5}).
     */
    static final int VERSION_WITH_STEP_ROWS = 5;

    /** How the connections came back after each network event and fault of a run, in scenario order. */
    static final String CREATE_RECOVERIES = "CREATE TABLE IF NOT EXISTS recoveries (run_id INTEGER NOT NULL,"
            + " incident_index INTEGER NOT NULL, incident TEXT NOT NULL, at_ns INTEGER NOT NULL,"
            + " affected INTEGER NOT NULL, recovered INTEGER NOT NULL, recovery_ns INTEGER NOT NULL,"
            + " ipoib_affected INTEGER NOT NULL, ipoib_recovery_ns INTEGER NOT NULL,"
            + " ipoib_never_recovered INTEGER NOT NULL, PRIMARY KEY (run_id, incident_index)) WITHOUT ROWID";

    /** What a run's network events made the drivers and stacks do (no row: nothing). */
    static final String CREATE_REACTIONS = "CREATE TABLE IF NOT EXISTS reactions (run_id INTEGER PRIMARY KEY,"
            + " port_events INTEGER NOT NULL, multicast_joins INTEGER NOT NULL, joins_to_sa INTEGER NOT NULL,"
            + " joins_answered_by_pf INTEGER NOT NULL, path_queries INTEGER NOT NULL,"
            + " alias_guid_sets INTEGER NOT NULL, reconnections INTEGER NOT NULL)";

    static final String CREATE_MODEL = "CREATE TABLE IF NOT EXISTS model_snapshot (sha256 TEXT PRIMARY KEY,"
            + " file_name TEXT NOT NULL, content BLOB NOT NULL) WITHOUT ROWID";

    /**
     * Every cmtime connection's steps, one blob per session ({@link ConnectionStepsCodec}): a run of the commit
     * scenario has 14,400 connections, and a row each made their inserts the larger part of the CPU that storing a run
     * took, and of the file.
     */
    static final String CREATE_SESSION_STEPS = "CREATE TABLE IF NOT EXISTS session_steps (run_id INTEGER NOT NULL,"
            + " session INTEGER NOT NULL, connections INTEGER NOT NULL, data BLOB NOT NULL,"
            + " PRIMARY KEY (run_id, session))";

    /** Key figures per run for a quick look with the sqlite3 shell. */
    static final String CREATE_RUN_SUMMARY = "CREATE VIEW run_summary AS SELECT r.run_id, r.point_index,"
            + " r.replication, r.seed, r.profile,"
            + dropColumn("D1_WIRE_RING_FULL", "d1") + dropColumn("D2_TUNNEL_RING_FULL", "d2")
            + dropColumn("D3_TUNNEL_RX_OVERRUN", "d3") + dropColumn("D4_WIRE_RX_OVERRUN", "d4")
            + dropColumn("D5_CM_ID_MISS", "d5") + dropColumn("D6_CONTEXT_NOT_ACTIVE", "d6")
            + dropColumn("SA_QUEUE_OVERFLOW", "sa_queue_overflow")
            + " r.connections_established,"
            + " r.connections_failed_route + r.connections_failed_connect AS connections_failed,"
            + " r.connections_delayed, r.worst_connect_ns, r.requests_after_timewait,"
            + " (SELECT COALESCE(MAX(max_outstanding), 0) FROM rings g WHERE g.run_id = r.run_id"
            + " AND g.function < 0) AS max_wire_ring,"
            + " (SELECT COALESCE(MAX(max_outstanding), 0) FROM rings g WHERE g.run_id = r.run_id"
            + " AND g.function >= 0) AS max_tunnel_ring,"
            + " (SELECT COUNT(*) FROM recoveries v WHERE v.run_id = r.run_id) AS incidents,"
            + " (SELECT COALESCE(SUM(affected - recovered), 0) FROM recoveries v WHERE v.run_id = r.run_id)"
            + " AS never_recovered,"
            + " (SELECT COALESCE(MAX(recovery_ns), -1) FROM recoveries v WHERE v.run_id = r.run_id)"
            + " AS worst_recovery_ns"
            + " FROM runs r";

    static final List<String> CREATE = List.of(
            // The model the study ran on, as saved (its SHA-256 is meta.model_sha256): a report needs nothing else.
            CREATE_MODEL,
            // Study definition and provenance: schema_version, kind, study, topology, scenario, base_seed,
            // replications, profile_override, seed_derivation, model_sha256, tool_version, planned_runs.
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
            // Swept parameters (position = parameter order, the last varies fastest) and their values.
            "CREATE TABLE sweep_values (position INTEGER NOT NULL, value_index INTEGER NOT NULL, key TEXT NOT NULL,"
                    + " value TEXT NOT NULL, PRIMARY KEY (position, value_index)) WITHOUT ROWID",
            // One row per completed run, with its seed, engine outcome and scalar counters.
            "CREATE TABLE runs (run_id INTEGER PRIMARY KEY, point_index INTEGER NOT NULL,"
                    + " replication INTEGER NOT NULL, seed INTEGER NOT NULL, profile TEXT NOT NULL,"
                    + " tool_version TEXT NOT NULL, outcome TEXT NOT NULL, end_time_ns INTEGER NOT NULL,"
                    + " events INTEGER NOT NULL, mads_created INTEGER NOT NULL, mads_delivered INTEGER NOT NULL,"
                    + " mads_dropped INTEGER NOT NULL, mads_in_flight INTEGER NOT NULL,"
                    + " connections_attempted INTEGER NOT NULL, connections_established INTEGER NOT NULL,"
                    + " connections_failed_route INTEGER NOT NULL, connections_failed_connect INTEGER NOT NULL,"
                    + " connections_delayed INTEGER NOT NULL, worst_connect_ns INTEGER NOT NULL,"
                    + " sa_timeouts INTEGER NOT NULL, req_retries INTEGER NOT NULL, rep_retries INTEGER NOT NULL,"
                    + " dreq_retries INTEGER NOT NULL, rtu_resent INTEGER NOT NULL, drep_resent INTEGER NOT NULL,"
                    + " mra_sent INTEGER NOT NULL, mra_received INTEGER NOT NULL,"
                    + " duplicates_ignored INTEGER NOT NULL, stale_responses INTEGER NOT NULL,"
                    + " latency_count INTEGER NOT NULL, latency_min_ns INTEGER NOT NULL,"
                    + " latency_max_ns INTEGER NOT NULL, latency_mean_ns REAL NOT NULL,"
                    + " requests_after_timewait INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE run_parameters (run_id INTEGER NOT NULL, position INTEGER NOT NULL, key TEXT NOT NULL,"
                    + " value TEXT NOT NULL, PRIMARY KEY (run_id, position)) WITHOUT ROWID",
            // Drops by cause (D1-D6 and the function/policy causes) per host, port, function, QP and direction.
            "CREATE TABLE drops (run_id INTEGER NOT NULL, host TEXT NOT NULL, port INTEGER NOT NULL,"
                    + " function INTEGER NOT NULL, qp TEXT NOT NULL, direction TEXT NOT NULL, cause TEXT NOT NULL,"
                    + " count INTEGER NOT NULL, first_ns INTEGER NOT NULL, last_ns INTEGER NOT NULL,"
                    + " PRIMARY KEY (run_id, host, port, function, qp, direction, cause)) WITHOUT ROWID",
            // Every proxy QP ring (function -1 = the port's wire QP).
            "CREATE TABLE rings (run_id INTEGER NOT NULL, host TEXT NOT NULL, port INTEGER NOT NULL,"
                    + " function INTEGER NOT NULL, qp TEXT NOT NULL, ring_size INTEGER NOT NULL,"
                    + " sends INTEGER NOT NULL, reaps INTEGER NOT NULL, send_rejects INTEGER NOT NULL,"
                    + " max_outstanding INTEGER NOT NULL, receives INTEGER NOT NULL,"
                    + " receive_overruns INTEGER NOT NULL, max_receive_backlog INTEGER NOT NULL,"
                    + " PRIMARY KEY (run_id, host, port, function, qp)) WITHOUT ROWID",
            // Every proxy CQ and its work item (function -1 = the port's wire context).
            "CREATE TABLE cqs (run_id INTEGER NOT NULL, host TEXT NOT NULL, port INTEGER NOT NULL,"
                    + " function INTEGER NOT NULL, capacity INTEGER NOT NULL, max_occupancy INTEGER NOT NULL,"
                    + " overflows INTEGER NOT NULL, completion_events INTEGER NOT NULL, work_runs INTEGER NOT NULL,"
                    + " queue_requests INTEGER NOT NULL, PRIMARY KEY (run_id, host, port, function)) WITHOUT ROWID",
            // MAD end-to-end latency histogram; bucket i holds latencies below upper_ns (powers of two).
            "CREATE TABLE latency_buckets (run_id INTEGER NOT NULL, bucket INTEGER NOT NULL,"
                    + " upper_ns INTEGER NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (run_id, bucket)) WITHOUT ROWID",
            // cmtime steps per phase: session -1 is all sessions together, else the session's index.
            "CREATE TABLE phases (run_id INTEGER NOT NULL, session INTEGER NOT NULL, phase_index INTEGER NOT NULL,"
                    + " phase TEXT NOT NULL, count INTEGER NOT NULL, min_ns INTEGER NOT NULL,"
                    + " max_ns INTEGER NOT NULL, mean_ns REAL NOT NULL, total_ns INTEGER NOT NULL,"
                    + " PRIMARY KEY (run_id, session, phase_index)) WITHOUT ROWID",
            // One row per cmtime client session (client and server interface host/f<function>/p<port>).
            "CREATE TABLE sessions (run_id INTEGER NOT NULL, session INTEGER NOT NULL, client TEXT NOT NULL,"
                    + " server TEXT NOT NULL, connections INTEGER NOT NULL, established INTEGER NOT NULL,"
                    + " failed_route INTEGER NOT NULL, failed_connect INTEGER NOT NULL, delayed INTEGER NOT NULL,"
                    + " disconnected INTEGER NOT NULL, worst_connect_ns INTEGER NOT NULL,"
                    + " PRIMARY KEY (run_id, session)) WITHOUT ROWID",
            CREATE_SESSION_STEPS,
            CREATE_RECOVERIES,
            CREATE_REACTIONS,
            // Ring and CQ occupancy pre-aggregated per time bucket; data is SeriesCodec's packed min/max/last. The
            // overview (bucket_*, data) covers the run, the detail (detail_*) the start of it at a finer width.
            "CREATE TABLE series (run_id INTEGER NOT NULL, series_index INTEGER NOT NULL, name TEXT NOT NULL,"
                    + " bucket_ns INTEGER NOT NULL, max INTEGER NOT NULL, bucket_count INTEGER NOT NULL,"
                    + " data BLOB NOT NULL, detail_bucket_ns INTEGER NOT NULL DEFAULT 0,"
                    + " detail_bucket_count INTEGER NOT NULL DEFAULT 0, detail_data BLOB NOT NULL DEFAULT x'',"
                    + " PRIMARY KEY (run_id, series_index)) WITHOUT ROWID",
            CREATE_RUN_SUMMARY);

    /** Brings a version 1 file to version 2's tables; its runs keep no detail series. */
    static final List<String> UPGRADE_FROM_1 = List.of(
            CREATE_MODEL,
            "ALTER TABLE series ADD COLUMN detail_bucket_ns INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE series ADD COLUMN detail_bucket_count INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE series ADD COLUMN detail_data BLOB NOT NULL DEFAULT x''");

    /** Brings a version 3 file to version 4's tables; its runs count no requests after TIMEWAIT. */
    static final List<String> UPGRADE_FROM_3 = List.of(
            "ALTER TABLE runs ADD COLUMN requests_after_timewait INTEGER NOT NULL DEFAULT 0");

    /** Brings a version 4 file to version 5's tables; its runs have no recovery figures. */
    static final List<String> UPGRADE_FROM_4 = List.of(CREATE_RECOVERIES, CREATE_REACTIONS,
            "DROP VIEW IF EXISTS run_summary", CREATE_RUN_SUMMARY);

    /**
     * Brings a version 5 file (or an older one, upgraded so far) to this version's tables; the connection step rows
     * it may have are converted before the version is set (see {@link ConnectionStepRows#convert}).
     */
    static final List<String> UPGRADE_FROM_5 = List.of(CREATE_SESSION_STEPS);

    static final String SET_VERSION = "UPDATE meta SET value = '" + VERSION + "' WHERE key = 'schema_version'";

    private Schema() {
    }

    private static String dropColumn(String cause, String column) {
        return " (SELECT COALESCE(SUM(count), 0) FROM drops d WHERE d.run_id = r.run_id AND d.cause = '" + cause
                + "') AS drops_" + column + ",";
    }
}
