/// Version 3 of the PostgreSQL schema: work-affairs catalogues and gate decisions (Art. 40, 45), the violations
/// register (Art. 44–46), deliberation (Art. 33), disputes (Art. 35), the 12345 hotline (Art. 15), emergencies
/// (Art. 37), care records (Art. 19–20), volunteers (Art. 25, 28), facilities (Art. 11–12, 41) and community
/// workers' careers (Art. 39): the same tables as the SQLite workspace, with times as seconds since 1970.
///
/// Hotline requests and their status changes are the large tables: LIST-partitioned by `county_id`, the first
/// six digits of the request's community code (the county's statistical code, which identifies its division;
/// `shequ_county_of`), the default partition for a community without a statistical code.
/// A batch creates the partitions of its counties before it writes, so no county's rows wait in the default
/// partition, and archiving a county's work orders is `DETACH PARTITION` like its households.
///
/// Catalogue versions, decisions and every history table refuse `UPDATE` and `DELETE` in the database; the
/// current state of a violation, topic, dispute or work order may be replaced but never deleted; a closed
/// dispute is final.
enum GovernanceServicesTables {
    static let v3 = """
        CREATE TABLE work_affair_jurisdictions (
            division_code text COLLATE "C" PRIMARY KEY,
            body text NOT NULL
        );

        CREATE TABLE work_affair_catalogue_versions (
            division_code text COLLATE "C" NOT NULL REFERENCES work_affair_jurisdictions(division_code),
            number bigint NOT NULL,
            effective_from double precision NOT NULL,
            recorded_at double precision NOT NULL,
            body text NOT NULL,
            PRIMARY KEY (division_code, number)
        );

        CREATE TABLE work_affair_decisions (
            sequence bigserial PRIMARY KEY,
            assignment_id text COLLATE "C" NOT NULL UNIQUE,
            county_code text COLLATE "C" NOT NULL,
            outcome text NOT NULL,
            decided_at double precision NOT NULL,
            body text NOT NULL
        );
        CREATE INDEX work_affair_decisions_county ON work_affair_decisions(county_code, sequence);

        CREATE TABLE violations (
            id text COLLATE "C" PRIMARY KEY,
            unit_division_code text COLLATE "C" NOT NULL,
            status text NOT NULL,
            occurred_at double precision NOT NULL,
            body text NOT NULL
        );
        CREATE INDEX violations_occurred ON violations(occurred_at, id);

        CREATE TABLE violation_history (
            violation_id text COLLATE "C" NOT NULL REFERENCES violations(id),
            position bigint NOT NULL,
            body text NOT NULL,
            PRIMARY KEY (violation_id, position)
        );

        CREATE TABLE deliberation_topics (
            id text COLLATE "C" PRIMARY KEY,
            community_code text COLLATE "C" NOT NULL,
            raised_at double precision NOT NULL,
            body text NOT NULL
        );
        CREATE INDEX deliberation_topics_community ON deliberation_topics(community_code, raised_at);

        CREATE TABLE deliberation_audit (
            sequence bigserial PRIMARY KEY,
            topic_id text COLLATE "C" NOT NULL REFERENCES deliberation_topics(id),
            body text NOT NULL
        );
        CREATE INDEX deliberation_audit_topic ON deliberation_audit(topic_id, sequence);

        CREATE TABLE disputes (
            id text COLLATE "C" PRIMARY KEY,
            community_code text COLLATE "C" NOT NULL,
            closed boolean NOT NULL,
            received_at double precision NOT NULL,
            body text NOT NULL
        );
        CREATE INDEX disputes_community ON disputes(community_code, received_at);

        CREATE TABLE dispute_history (
            dispute_id text COLLATE "C" NOT NULL REFERENCES disputes(id),
            position bigint NOT NULL,
            body text NOT NULL,
            PRIMARY KEY (dispute_id, position)
        );

        -- The county of a community code is its first six digits, or '' (the default partition) when it has none.
        CREATE FUNCTION shequ_county_of(community_code text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN community_code ~ '^[0-9]{6}' THEN left(community_code, 6) ELSE '' END
        $$;

        CREATE TABLE hotline_requests (
            county_id text COLLATE "C" NOT NULL,
            id text COLLATE "C" NOT NULL,
            community_code text COLLATE "C" NOT NULL,
            grid_code text COLLATE "C",
            service_code text COLLATE "C" NOT NULL,
            type text NOT NULL,
            status text NOT NULL,
            requested_at double precision NOT NULL,
            duplicate_of text COLLATE "C",
            body text NOT NULL,
            PRIMARY KEY (county_id, id)
        ) PARTITION BY LIST (county_id);
        CREATE TABLE hotline_requests_default PARTITION OF hotline_requests DEFAULT;
        CREATE INDEX hotline_requests_id ON hotline_requests(id);
        CREATE INDEX hotline_requests_time ON hotline_requests(requested_at, id);
        CREATE INDEX hotline_requests_community ON hotline_requests(community_code, requested_at);
        CREATE INDEX hotline_requests_category ON hotline_requests(service_code, requested_at);
        CREATE INDEX hotline_requests_grid ON hotline_requests(grid_code, requested_at);

        CREATE TABLE hotline_status_changes (
            county_id text COLLATE "C" NOT NULL,
            request_id text COLLATE "C" NOT NULL,
            position bigint NOT NULL,
            at double precision NOT NULL,
            body text NOT NULL,
            PRIMARY KEY (county_id, request_id, position),
            FOREIGN KEY (county_id, request_id) REFERENCES hotline_requests(county_id, id)
        ) PARTITION BY LIST (county_id);
        CREATE TABLE hotline_status_changes_default PARTITION OF hotline_status_changes DEFAULT;
        CREATE INDEX hotline_status_changes_request ON hotline_status_changes(request_id, position);

        CREATE TABLE emergency_incidents (
            id text COLLATE "C" PRIMARY KEY,
            community_code text COLLATE "C" NOT NULL,
            occurred_at double precision NOT NULL,
            body text NOT NULL
        );
        CREATE INDEX emergency_incidents_community ON emergency_incidents(community_code, occurred_at);

        CREATE TABLE hazard_inspections (
            id text COLLATE "C" PRIMARY KEY,
            community_code text COLLATE "C" NOT NULL,
            body text NOT NULL
        );
        CREATE INDEX hazard_inspections_community ON hazard_inspections(community_code, id);

        CREATE TABLE emergency_drills (
            id text COLLATE "C" PRIMARY KEY,
            community_code text COLLATE "C" NOT NULL,
            body text NOT NULL
        );

        CREATE TABLE care_cases (
            id text COLLATE "C" PRIMARY KEY,
            community_code text COLLATE "C" NOT NULL,
            body text NOT NULL
        );
        CREATE INDEX care_cases_community ON care_cases(community_code, id);

        CREATE TABLE volunteer_registers (
            scope text COLLATE "C" PRIMARY KEY,
            body text NOT NULL
        );

        CREATE TABLE community_facilities (
            id text COLLATE "C" PRIMARY KEY,
            community_code text COLLATE "C" NOT NULL,
            body text NOT NULL
        );
        CREATE INDEX community_facilities_community ON community_facilities(community_code, id);

        CREATE TABLE facility_remedy_plans (
            sequence bigserial PRIMARY KEY,
            community_code text COLLATE "C" NOT NULL,
            body text NOT NULL
        );
        CREATE INDEX facility_remedy_plans_community ON facility_remedy_plans(community_code, sequence);

        CREATE TABLE community_worker_careers (
            id text COLLATE "C" PRIMARY KEY,
            community_code text COLLATE "C" NOT NULL,
            body text NOT NULL
        );
        CREATE INDEX community_worker_careers_community ON community_worker_careers(community_code, id);

        CREATE TRIGGER work_affair_jurisdictions_append_only BEFORE UPDATE OR DELETE ON work_affair_jurisdictions
            FOR EACH ROW EXECUTE FUNCTION shequ_append_only('work_affair_jurisdictions');
        CREATE TRIGGER work_affair_catalogue_versions_append_only BEFORE UPDATE OR DELETE ON work_affair_catalogue_versions
            FOR EACH ROW EXECUTE FUNCTION shequ_append_only('work_affair_catalogue_versions');
        CREATE TRIGGER work_affair_decisions_append_only BEFORE UPDATE OR DELETE ON work_affair_decisions
            FOR EACH ROW EXECUTE FUNCTION shequ_append_only('work_affair_decisions');
        CREATE TRIGGER violation_history_append_only BEFORE UPDATE OR DELETE ON violation_history
            FOR EACH ROW EXECUTE FUNCTION shequ_append_only('violation_history');
        CREATE TRIGGER deliberation_audit_append_only BEFORE UPDATE OR DELETE ON deliberation_audit
            FOR EACH ROW EXECUTE FUNCTION shequ_append_only('deliberation_audit');
        CREATE TRIGGER dispute_history_append_only BEFORE UPDATE OR DELETE ON dispute_history
            FOR EACH ROW EXECUTE FUNCTION shequ_append_only('dispute_history');
        CREATE TRIGGER hotline_status_changes_append_only BEFORE UPDATE OR DELETE ON hotline_status_changes
            FOR EACH ROW EXECUTE FUNCTION shequ_append_only('hotline_status_changes');

        -- The current state may be replaced, never removed: the history refers to it.
        CREATE FUNCTION shequ_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% are never deleted', TG_ARGV[0];
        END
        $$;
        CREATE TRIGGER violations_no_delete BEFORE DELETE ON violations
            FOR EACH ROW EXECUTE FUNCTION shequ_never_deleted('violations');
        CREATE TRIGGER deliberation_topics_no_delete BEFORE DELETE ON deliberation_topics
            FOR EACH ROW EXECUTE FUNCTION shequ_never_deleted('deliberation topics');
        CREATE TRIGGER disputes_no_delete BEFORE DELETE ON disputes
            FOR EACH ROW EXECUTE FUNCTION shequ_never_deleted('disputes');
        CREATE TRIGGER hotline_requests_no_delete BEFORE DELETE ON hotline_requests
            FOR EACH ROW EXECUTE FUNCTION shequ_never_deleted('hotline requests');

        CREATE FUNCTION shequ_dispute_final() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.closed THEN RAISE EXCEPTION 'a closed dispute is final'; END IF;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER disputes_closed_final BEFORE UPDATE ON disputes
            FOR EACH ROW EXECUTE FUNCTION shequ_dispute_final();

        CREATE OR REPLACE FUNCTION shequ_ensure_county_partitions(county text) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            partition_number integer;
            partitioned text;
        BEGIN
            IF EXISTS (SELECT 1 FROM county_partitions WHERE county_id = county) THEN RETURN; END IF;
            PERFORM pg_advisory_xact_lock(hashtext(current_schema() || '.county_partitions'));
            IF EXISTS (SELECT 1 FROM county_partitions WHERE county_id = county) THEN RETURN; END IF;
            INSERT INTO county_partitions (county_id) VALUES (county) RETURNING number INTO partition_number;
            FOREACH partitioned IN ARRAY ARRAY['households', 'residents', 'behaviour_events', 'ledger_entries', 'applied_events',
                                               'hotline_requests', 'hotline_status_changes'] LOOP
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
                FOREACH partitioned IN ARRAY ARRAY['hotline_requests', 'hotline_status_changes'] LOOP
                    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%L)',
                        partitioned || '_c' || county.number, partitioned, county.county_id);
                END LOOP;
            END LOOP;
        END
        $$;
        """
}
