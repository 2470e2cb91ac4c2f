-- crisis-rules offence history (MOD-04), table version 1: what JdbcOffenceHistory creates when the table is missing.
-- One row per offence, keyed by author and comment, so recording an offence twice keeps one row.
-- Usable as a Flyway migration (classpath:io/crisisrules/jdbc) or run by hand; then build the history with createTable(false).
CREATE TABLE IF NOT EXISTS crisis_offence (
    author_id  VARCHAR(512) NOT NULL,
    comment_id VARCHAR(512) NOT NULL,
    posted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT crisis_offence_pk PRIMARY KEY (author_id, comment_id)
);
CREATE INDEX IF NOT EXISTS crisis_offence_author_time ON crisis_offence (author_id, posted_at);
CREATE INDEX IF NOT EXISTS crisis_offence_time ON crisis_offence (posted_at);
