-- SPDX-License-Identifier: GPL-3.0-or-later
-- The search index with prefix indexes up to ten letters: a visitor types a word a letter at a
-- time, and without a prefix index FTS5 merges the lists of every indexed word starting with those
-- letters at each key press ("developp" → developpeur, developpement…: 1 to 2 ms at 10,000 cards,
-- three times per query). Costs about a third more index (43 → 58 MB at 10,000 cards).
-- Same columns as 0002; refilled from the content by DerivedTables::rebuild.
--
-- And the index's vocabulary as a plain table, search_words: the kiosk reads it when the content
-- opens (SearchVocabulary), and fts5vocab computes its counts from the whole index at every read
-- (0.1 s at 10,000 cards, on the way to the first frame).
DROP TABLE search_terms;
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5(
  kind UNINDEXED,      -- 'job', 'training', 'interview', 'sector'
  ref_id UNINDEXED,
  title,               -- every title form (masculine, feminine, English)
  keywords,            -- staff-provided synonyms and sigles
  body,                -- hook, missions, descriptions
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4 5 6 7 8 9 10'
);

CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_index, 'row');

CREATE TABLE search_words (
  term      TEXT PRIMARY KEY,
  documents INTEGER NOT NULL    -- how many rows of search_index hold it
) WITHOUT ROWID;
