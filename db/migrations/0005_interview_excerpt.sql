-- SPDX-License-Identifier: GPL-3.0-or-later
-- An interview may have a light excerpt for the attract loop (column `extrait` of temoignages.csv):
-- a short, small, silent file that plays over and over on the public screen. Decoding the full
-- video there instead costs tens of MB and much of a small computer's processor (issue 8).
-- '' = none: the loop plays the start of the full video.
ALTER TABLE interviews ADD COLUMN excerpt TEXT NOT NULL DEFAULT '';
