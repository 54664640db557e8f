-- The queues' totals by state, kept by triggers, so that a page of a queue costs the same however
-- many rows it holds (counting them at each page grew with the table: issue 26's growth bench).
-- Per declarer, so an editor's own totals are one lookup too. The triggers' function runs as its
-- owner: the application role reads the totals and cannot write them.
CREATE TABLE queue_totals (
  queue text NOT NULL,
  declared_by integer NOT NULL,
  state text NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (queue, declared_by, state)
);

CREATE FUNCTION count_queue_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
  -- Counters are taken in one order (declarer, state), so two writers never deadlock on them.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO queue_totals AS t (queue, declared_by, state, count)
    SELECT TG_TABLE_NAME, declared_by, state, count(*) FROM new_rows GROUP BY declared_by, state ORDER BY 2, 3
    ON CONFLICT (queue, declared_by, state) DO UPDATE SET count = t.count + excluded.count;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO queue_totals AS t (queue, declared_by, state, count)
    SELECT TG_TABLE_NAME, declared_by, state, sum(delta) FROM (
      SELECT declared_by, state, 1 AS delta FROM new_rows
      UNION ALL SELECT declared_by, state, -1 FROM old_rows
    ) changes GROUP BY declared_by, state HAVING sum(delta) <> 0 ORDER BY 2, 3
    ON CONFLICT (queue, declared_by, state) DO UPDATE SET count = t.count + excluded.count;
  ELSE
    INSERT INTO queue_totals AS t (queue, declared_by, state, count)
    SELECT TG_TABLE_NAME, declared_by, state, -count(*) FROM old_rows GROUP BY declared_by, state ORDER BY 2, 3
    ON CONFLICT (queue, declared_by, state) DO UPDATE SET count = t.count + excluded.count;
  END IF;
  RETURN NULL;
END $$;

-- Statement triggers with transition tables take one event each: three per queue.
DO $$
DECLARE
  queue text;
BEGIN
  FOREACH queue IN ARRAY ARRAY['declarations', 'initiative_declarations'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION count_queue_rows()', queue || '_counted_insert', queue);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION count_queue_rows()', queue || '_counted_update', queue);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION count_queue_rows()', queue || '_counted_delete', queue);
  END LOOP;
END $$;

INSERT INTO queue_totals (queue, declared_by, state, count)
SELECT 'declarations', declared_by, state, count(*) FROM declarations GROUP BY declared_by, state
UNION ALL
SELECT 'initiative_declarations', declared_by, state, count(*) FROM initiative_declarations GROUP BY declared_by, state;

GRANT SELECT ON queue_totals TO livcr_app;
