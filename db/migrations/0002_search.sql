-- SPDX-License-Identifier: GPL-3.0-or-later
-- Full-text search over jobs, trainings, interviews and sectors. Filled by the importer
-- (one row per searchable item); accents and case folded by the tokenizer.
CREATE VIRTUAL TABLE search_index USING fts5(
  kind UNINDEXED,      -- 'job', 'training', 'interview', 'sector'
  ref_id UNINDEXED,
  title,               -- every title form (masculine, feminine, English)
  keywords,            -- staff-provided synonyms and sigles
  body,                -- hook, missions, descriptions
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- Every distinct indexed word, for typo-tolerant matching (edit distance) in C++.
CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_index, 'row');
