-- SPDX-License-Identifier: GPL-3.0-or-later
-- The jobs grid reads its counts and its pages from SQL, so that opening it and tapping a filter
-- chip cost the same with 50 cards or 10,000 (issue 8). Content is read-only once built: the chip
-- counts are computed once, with the search index (DerivedTables::rebuild: by the content builder,
-- and after a migration of content built by an older kiosk).

-- How many jobs match each combination of the grid's three filters ('' = any sector or interest,
-- -1 = any level): every chip count of every filter state is one row.
CREATE TABLE job_facet_counts (
  sector   TEXT NOT NULL,
  level    INTEGER NOT NULL,
  interest TEXT NOT NULL,
  jobs     INTEGER NOT NULL,
  PRIMARY KEY (sector, level, interest)
) WITHOUT ROWID;

-- Each job once per combination of its values and "any": the links' primary keys make every row
-- of a job distinct, so count(*) counts jobs.
CREATE VIEW job_facet_cube AS
  WITH s(job, value) AS (SELECT id, '' FROM jobs UNION ALL SELECT job_id, sector_id FROM job_sectors),
       l(job, value) AS (SELECT id, -1 FROM jobs UNION ALL SELECT job_id, level FROM job_levels),
       i(job, value) AS (SELECT id, '' FROM jobs UNION ALL SELECT job_id, interest_id FROM job_interests)
  SELECT s.value AS sector, l.value AS level, i.value AS interest, count(*) AS jobs
  FROM s JOIN l ON l.job = s.job JOIN i ON i.job = s.job
  GROUP BY s.value, l.value, i.value;

-- The grid's order, read a page at a time.
CREATE INDEX jobs_in_order ON jobs(sort_order, id);
