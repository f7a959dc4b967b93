-- The documentary system (IV.2 "organisation documentaire"): reference documents, records, template replies and
-- minutes of a site, their file versions, and the outbox of search-index intents (docs/adr/0007-evidence-index.md).
-- All three tables are tenant-owned: site_id on every row, row-level security enabled and forced (ADR 0004).

CREATE TABLE document (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id         bigint      NOT NULL REFERENCES site (id),
    kind            text        NOT NULL CHECK (kind IN ('REFERENCE', 'RECORD', 'TEMPLATE_REPLY', 'MINUTES')),
    title           text        NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
    -- The commitments, items and dispositions it proves, checked against the site's référentiel: "17 17.2 IV.5".
    evidence_refs   text        NOT NULL DEFAULT '',
    -- The modules of the commitments above, for the search facets: "1 4".
    modules         text        NOT NULL DEFAULT '',
    document_date   date,
    period_start    date,
    period_end      date,
    review_date     date,
    owner           text        CHECK (owner IS NULL OR length(owner) <= 200),
    confidentiality text        NOT NULL CHECK (confidentiality IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    note            text        CHECK (note IS NULL OR length(note) <= 100000),
    current_version integer     NOT NULL DEFAULT 0 CHECK (current_version >= 0),
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (period_start IS NULL OR period_end IS NULL OR period_start <= period_end),
    UNIQUE (site_id, id)
);
CREATE INDEX document_site_review ON document (site_id, review_date);
CREATE INDEX document_updated ON document (site_id, updated_at);

-- One file of a document. The bytes live in the content-addressed store under their SHA-256; this row holds the hash,
-- the detected type and what text extraction made of it (a file that cannot be parsed is kept and flagged).
CREATE TABLE document_version (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id        bigint      NOT NULL REFERENCES site (id),
    document_id    bigint      NOT NULL,
    version        integer     NOT NULL CHECK (version > 0),
    sha256         text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes     bigint      NOT NULL CHECK (size_bytes >= 0),
    media_type     text        NOT NULL,
    file_name      text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    extraction     text        NOT NULL CHECK (extraction IN ('OK', 'TRUNCATED', 'NO_TEXT', 'ENCRYPTED', 'CORRUPT',
                                                              'TIMEOUT')),
    extracted_text text,
    uploaded_by    text        NOT NULL,
    uploaded_at    timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (site_id, document_id) REFERENCES document (site_id, id),
    UNIQUE (site_id, document_id, version)
);

-- The outbox: written in the transaction of the document change, applied in id order by the indexer, deleted once
-- the Lucene commit that contains it is durable. Pending rows are replayed at start-up.
CREATE TABLE search_intent (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     bigint      NOT NULL REFERENCES site (id),
    document_id bigint      NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Progress of an index rebuild (one row per rebuild), so a rebuild resumes after a crash. National: no site_id.
CREATE TABLE search_rebuild (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    directory        text        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    site_code        text,
    -- A rebuild of one site's documents starts from a copy of the live index without that site.
    only_site_id     bigint,
    total            bigint      NOT NULL DEFAULT 0,
    done             bigint      NOT NULL DEFAULT 0,
    last_site_id     bigint      NOT NULL DEFAULT 0,
    last_document_id bigint      NOT NULL DEFAULT 0,
    started_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    detail           text
);

-- The identity of this database's index: stamped into every Lucene commit, so an index directory left from another
-- database (a restored backup, a wiped test database) is recognised and rebuilt instead of serving ghosts.
CREATE TABLE search_index (
    id       smallint PRIMARY KEY CHECK (id = 1),
    instance uuid     NOT NULL
);
INSERT INTO search_index VALUES (1, gen_random_uuid());

ALTER TABLE document ENABLE ROW LEVEL SECURITY;
ALTER TABLE document FORCE ROW LEVEL SECURITY;
CREATE POLICY document_site ON document
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);

ALTER TABLE document_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_version FORCE ROW LEVEL SECURITY;
CREATE POLICY document_version_site ON document_version
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);

ALTER TABLE search_intent ENABLE ROW LEVEL SECURITY;
ALTER TABLE search_intent FORCE ROW LEVEL SECURITY;
-- Written inside the site of the change; the indexer reads and deletes the queue of all sites in its own scope
-- (qualepref.scope = 'indexer', set only by documents.infrastructure.JdbcIndexingQueue) and reads each document
-- inside that document's site.
CREATE POLICY search_intent_write ON search_intent FOR INSERT
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
CREATE POLICY search_intent_drain ON search_intent FOR SELECT
    USING (current_setting('qualepref.scope', true) = 'indexer');
CREATE POLICY search_intent_done ON search_intent FOR DELETE
    USING (current_setting('qualepref.scope', true) = 'indexer');

GRANT SELECT, INSERT, UPDATE ON document TO ${app_role};
GRANT SELECT, INSERT ON document_version TO ${app_role};
GRANT SELECT, INSERT, DELETE ON search_intent TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON search_rebuild TO ${app_role};
GRANT SELECT ON search_index TO ${app_role};
GRANT USAGE ON SEQUENCE document_id_seq, document_version_id_seq, search_intent_id_seq, search_rebuild_id_seq
    TO ${app_role};
