-- A declaration may already give each indicator its weight (分值); the quality check then requires the
-- weights to add up (docs/quality-rules.md). Published declarations carry none: the column stays null.
alter table declaration_indicator add column weight decimal(18,2);
