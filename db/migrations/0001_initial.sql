-- SPDX-License-Identifier: GPL-3.0-or-later
-- Content schema, version 1. One table per authoring sheet (docs/authoring.md), link tables for lists.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE sectors (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  name_en        TEXT NOT NULL DEFAULT '',
  description    TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  icon           TEXT NOT NULL DEFAULT '',
  sort_order     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE interests (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  name_en     TEXT NOT NULL DEFAULT '',
  question    TEXT NOT NULL,
  question_en TEXT NOT NULL DEFAULT '',
  icon        TEXT NOT NULL DEFAULT '',
  sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE jobs (
  id           TEXT PRIMARY KEY,
  title_m      TEXT NOT NULL,
  title_f      TEXT NOT NULL,
  title_en     TEXT NOT NULL DEFAULT '',
  hook         TEXT NOT NULL,
  hook_en      TEXT NOT NULL DEFAULT '',
  missions     TEXT NOT NULL,
  missions_en  TEXT NOT NULL DEFAULT '',
  skills       TEXT NOT NULL,
  skills_en    TEXT NOT NULL DEFAULT '',
  keywords     TEXT NOT NULL DEFAULT '',
  image        TEXT NOT NULL DEFAULT '',
  source_url   TEXT NOT NULL DEFAULT '',
  sort_order   INTEGER NOT NULL DEFAULT 0
);

-- Access levels: 0 = bac, 2 = bac+2, 3 = bac+3, 5 = bac+5.
CREATE TABLE job_levels (
  job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  level  INTEGER NOT NULL CHECK (level IN (0, 2, 3, 5)),
  PRIMARY KEY (job_id, level)
);

CREATE TABLE job_sectors (
  job_id    TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  sector_id TEXT NOT NULL REFERENCES sectors(id) ON DELETE CASCADE,
  PRIMARY KEY (job_id, sector_id)
);

CREATE TABLE job_interests (
  job_id      TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  interest_id TEXT NOT NULL REFERENCES interests(id) ON DELETE CASCADE,
  PRIMARY KEY (job_id, interest_id)
);

CREATE TABLE trainings (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  name_en        TEXT NOT NULL DEFAULT '',
  kind           TEXT NOT NULL,
  level          INTEGER NOT NULL CHECK (level IN (0, 2, 3, 5)),
  duration       TEXT NOT NULL DEFAULT '',
  description    TEXT NOT NULL,
  description_en TEXT NOT NULL DEFAULT '',
  source_url     TEXT NOT NULL DEFAULT '',
  sort_order     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE training_places (
  training_id   TEXT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
  establishment TEXT NOT NULL,
  town          TEXT NOT NULL,
  department    TEXT NOT NULL,
  PRIMARY KEY (training_id, establishment, town)
);

CREATE TABLE job_trainings (
  job_id      TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  training_id TEXT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
  PRIMARY KEY (job_id, training_id)
);

CREATE TABLE interviews (
  id         TEXT PRIMARY KEY,
  person     TEXT NOT NULL,
  role       TEXT NOT NULL,
  role_en    TEXT NOT NULL DEFAULT '',
  employer   TEXT NOT NULL DEFAULT '',
  summary    TEXT NOT NULL,
  summary_en TEXT NOT NULL DEFAULT '',
  video      TEXT NOT NULL,
  captions   TEXT NOT NULL,
  transcript TEXT NOT NULL DEFAULT '',
  portrait   TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE job_interviews (
  job_id       TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  PRIMARY KEY (job_id, interview_id)
);

CREATE TABLE lycee_sections (
  id         TEXT PRIMARY KEY,
  topic      TEXT NOT NULL,
  title      TEXT NOT NULL,
  title_en   TEXT NOT NULL DEFAULT '',
  body       TEXT NOT NULL,
  body_en    TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE figures (
  id             TEXT PRIMARY KEY,
  chart          TEXT NOT NULL,
  chart_title    TEXT NOT NULL,
  chart_title_en TEXT NOT NULL DEFAULT '',
  label          TEXT NOT NULL,
  label_en       TEXT NOT NULL DEFAULT '',
  value          REAL NOT NULL,
  unit           TEXT NOT NULL DEFAULT '',
  year           INTEGER,
  source         TEXT NOT NULL,
  sort_order     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sources (
  id        TEXT PRIMARY KEY,
  title     TEXT NOT NULL,
  publisher TEXT NOT NULL DEFAULT '',
  year      INTEGER,
  url       TEXT NOT NULL DEFAULT ''
);

CREATE INDEX job_sectors_by_sector ON job_sectors(sector_id);
CREATE INDEX job_interests_by_interest ON job_interests(interest_id);
CREATE INDEX job_levels_by_level ON job_levels(level);
