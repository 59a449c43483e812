-- SPDX-License-Identifier: GPL-3.0-or-later
-- A figure's unit in English (column `unite_en` of chiffres.csv): "26,000 employees", not
-- "26,000 salariés", on the English screens. '' = the same as `unit` ("%").
ALTER TABLE figures ADD COLUMN unit_en TEXT NOT NULL DEFAULT '';
