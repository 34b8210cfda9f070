-- Run-once-per-cluster schedules (platform.jobs.Schedules): one row per scheduled job. A replica
-- runs a job only after a conditional update that makes it the lease owner of a due row, so that
-- one replica runs each due run; the row says when the job is due next. Times come from the
-- gateway's clock, never from now(), so that tests can move time.
CREATE TABLE job_schedule (
    name             text        PRIMARY KEY,
    next_due         timestamptz NOT NULL,
    lease_owner      text,
    lease_until      timestamptz,
    last_started_at  timestamptz,
    last_finished_at timestamptz,
    CHECK ((lease_owner IS NULL) = (lease_until IS NULL))
);
