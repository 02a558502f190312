/// Version 2 of the PostgreSQL schema: grids, conventions, behaviour events and the points ledger, the same
/// tables as the SQLite workspace with the county each large row belongs to.
///
/// Behaviour events, ledger entries and applied events are LIST-partitioned by `county_id` like households:
/// one county's ingest writes to its own partitions, and archiving a county is `DETACH PARTITION`. On a
/// Citus-style cluster `county_id` is also the distribution column, so a county's events, entries and
/// population live on one node and a county's points run never crosses nodes.
///
/// Events, ledger entries, applied events and convention audit records refuse `UPDATE` and `DELETE` in the
/// database; a decided appeal is final. Domain values are kept as their sorted-key JSON text, so an
/// identical re-import is recognised by comparing it.
enum LedgerTables {
    static let v2 = """
        CREATE TABLE grid_division_histories (
            community_code text COLLATE "C" PRIMARY KEY,
            document text NOT NULL
        );

        CREATE TABLE grid_worker_assignments (
            worker_id text COLLATE "C" NOT NULL,
            grid_code text COLLATE "C" NOT NULL,
            community_code text COLLATE "C" NOT NULL,
            employment text NOT NULL,
            PRIMARY KEY (worker_id, grid_code)
        );
        CREATE INDEX grid_worker_assignments_community ON grid_worker_assignments(community_code, grid_code, worker_id);

        CREATE TABLE admission_lists (
            county_code text COLLATE "C" PRIMARY KEY,
            document text NOT NULL
        );

        CREATE TABLE admission_records (
            kind text NOT NULL,
            id text COLLATE "C" NOT NULL,
            county_code text COLLATE "C" NOT NULL,
            sequence bigserial NOT NULL,
            document text NOT NULL,
            PRIMARY KEY (kind, id)
        );
        CREATE INDEX admission_records_county ON admission_records(kind, county_code, sequence);

        CREATE TABLE conventions (
            id text COLLATE "C" PRIMARY KEY,
            community_id text COLLATE "C" NOT NULL,
            body text NOT NULL
        );
        CREATE INDEX conventions_community ON conventions(community_id, id);

        CREATE TABLE convention_audit (
            sequence bigserial PRIMARY KEY,
            convention_id text COLLATE "C" NOT NULL REFERENCES conventions(id),
            body text NOT NULL
        );
        CREATE INDEX convention_audit_convention ON convention_audit(convention_id, sequence);

        CREATE TABLE behaviour_events (
            county_id text COLLATE "C" NOT NULL,
            id text COLLATE "C" NOT NULL,
            community_id text COLLATE "C" NOT NULL,
            occurred_on text COLLATE "C" NOT NULL,
            body text NOT NULL,
            PRIMARY KEY (county_id, id)
        ) PARTITION BY LIST (county_id);
        CREATE TABLE behaviour_events_default PARTITION OF behaviour_events DEFAULT;
        CREATE INDEX behaviour_events_id ON behaviour_events(id);
        CREATE INDEX behaviour_events_community ON behaviour_events(community_id, occurred_on, id);
        CREATE INDEX behaviour_events_day ON behaviour_events(occurred_on, id);

        -- The order entries were written in, across all partitions.
        CREATE SEQUENCE ledger_positions;
        CREATE TABLE ledger_entries (
            county_id text COLLATE "C" NOT NULL,
            id text COLLATE "C" NOT NULL,
            community_id text COLLATE "C" NOT NULL,
            position bigint NOT NULL DEFAULT nextval('ledger_positions'),
            subject text COLLATE "C" NOT NULL,
            household text COLLATE "C",
            body text NOT NULL,
            PRIMARY KEY (county_id, id)
        ) PARTITION BY LIST (county_id);
        CREATE TABLE ledger_entries_default PARTITION OF ledger_entries DEFAULT;
        CREATE INDEX ledger_entries_id ON ledger_entries(id);
        CREATE INDEX ledger_entries_position ON ledger_entries(position);
        CREATE INDEX ledger_entries_community ON ledger_entries(community_id, position);
        CREATE INDEX ledger_entries_subject ON ledger_entries(subject, position);
        CREATE INDEX ledger_entries_household ON ledger_entries(household, position);

        CREATE TABLE applied_events (
            county_id text COLLATE "C" NOT NULL,
            event_id text COLLATE "C" NOT NULL,
            community_id text COLLATE "C" NOT NULL,
            PRIMARY KEY (county_id, event_id)
        ) PARTITION BY LIST (county_id);
        CREATE TABLE applied_events_default PARTITION OF applied_events DEFAULT;
        CREATE INDEX applied_events_id ON applied_events(event_id);
        CREATE INDEX applied_events_community ON applied_events(community_id);

        CREATE TABLE appeals (
            id text COLLATE "C" PRIMARY KEY,
            community_id text COLLATE "C" NOT NULL,
            position bigserial NOT NULL,
            decided boolean NOT NULL DEFAULT false,
            body text NOT NULL
        );
        CREATE INDEX appeals_community ON appeals(community_id, position);

        CREATE TABLE shop_items (
            community_id text COLLATE "C" NOT NULL,
            id text COLLATE "C" NOT NULL,
            body text NOT NULL,
            PRIMARY KEY (community_id, id)
        );

        CREATE FUNCTION shequ_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only', TG_ARGV[0];
        END
        $$;
        CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
            FOR EACH ROW EXECUTE FUNCTION shequ_append_only('ledger_entries');
        CREATE TRIGGER applied_events_append_only BEFORE UPDATE OR DELETE ON applied_events
            FOR EACH ROW EXECUTE FUNCTION shequ_append_only('applied_events');
        CREATE TRIGGER behaviour_events_append_only BEFORE UPDATE OR DELETE ON behaviour_events
            FOR EACH ROW EXECUTE FUNCTION shequ_append_only('behaviour_events');
        CREATE TRIGGER convention_audit_append_only BEFORE UPDATE OR DELETE ON convention_audit
            FOR EACH ROW EXECUTE FUNCTION shequ_append_only('convention_audit');

        -- A decided appeal is final: only an undecided record may be replaced, and no appeal is deleted.
        CREATE FUNCTION shequ_appeal_final() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'appeals are never deleted'; END IF;
            IF OLD.decided THEN RAISE EXCEPTION 'a decided appeal is final'; END IF;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER appeals_final BEFORE UPDATE OR DELETE ON appeals
            FOR EACH ROW EXECUTE FUNCTION shequ_appeal_final();

        CREATE OR REPLACE FUNCTION shequ_ensure_county_partitions(county text) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            partition_number integer;
            partitioned text;
        BEGIN
            IF EXISTS (SELECT 1 FROM county_partitions WHERE county_id = county) THEN RETURN; END IF;
            PERFORM pg_advisory_xact_lock(hashtext(current_schema() || '.county_partitions'));
            IF EXISTS (SELECT 1 FROM county_partitions WHERE county_id = county) THEN RETURN; END IF;
            INSERT INTO county_partitions (county_id) VALUES (county) RETURNING number INTO partition_number;
            FOREACH partitioned IN ARRAY ARRAY['households', 'residents', 'behaviour_events', 'ledger_entries', 'applied_events'] LOOP
                EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%L)',
                    partitioned || '_c' || partition_number, partitioned, county);
            END LOOP;
        END
        $$;

        -- Counties stored before this version get their partitions of the new tables now.
        DO $$
        DECLARE
            county record;
            partitioned text;
        BEGIN
            FOR county IN SELECT county_id, number FROM county_partitions LOOP
                FOREACH partitioned IN ARRAY ARRAY['behaviour_events', 'ledger_entries', 'applied_events'] LOOP
                    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%L)',
                        partitioned || '_c' || county.number, partitioned, county.county_id);
                END LOOP;
            END LOOP;
        END
        $$;
        """
}
