-- Staff search pensioners by name prefix (LIKE 'prefix%'). Under a non-C collation (C.UTF-8 and
-- the usual locales) a plain btree cannot serve LIKE; the pattern operator class can.

DROP INDEX pensioners_name_idx;
CREATE INDEX pensioners_name_prefix_idx ON pensioners (name text_pattern_ops);
