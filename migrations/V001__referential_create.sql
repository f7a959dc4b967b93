-- The référentiel Qual-e-pref as versioned, read-only data (see docs/adr/0002-referential-as-data.md).
-- Rows are written once per version by the importer (owner role); the application role may only read them.

CREATE TABLE referential_version (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          text        NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9._-]{1,32}$'),
    title         text        NOT NULL,
    subtitle      text,
    published_on  date        NOT NULL,
    updated_on    date,
    source_file   text        NOT NULL,
    source_sha256 text        NOT NULL CHECK (source_sha256 ~ '^[0-9a-f]{64}$'),
    loaded_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE referential_module (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id bigint  NOT NULL REFERENCES referential_version (id),
    number     integer NOT NULL CHECK (number > 0),
    title      text    NOT NULL,
    kind       text    NOT NULL CHECK (kind IN ('MANDATORY', 'BUSINESS')),
    cert_only  boolean NOT NULL,
    UNIQUE (version_id, number)
);

CREATE TABLE referential_module_site_type (
    module_id bigint NOT NULL REFERENCES referential_module (id),
    site_type text   NOT NULL CHECK (site_type IN ('PREFECTURE', 'SOUS_PREFECTURE', 'PREFECTURE_DE_POLICE')),
    PRIMARY KEY (module_id, site_type)
);

CREATE TABLE referential_commitment (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id bigint  NOT NULL REFERENCES referential_version (id),
    module_id  bigint  NOT NULL REFERENCES referential_module (id),
    number     integer NOT NULL CHECK (number > 0),
    section    text,
    title      text    NOT NULL,
    optional   boolean NOT NULL,
    intro      text,
    UNIQUE (version_id, number)
);
CREATE INDEX referential_commitment_module ON referential_commitment (module_id);

CREATE TABLE referential_commitment_item (
    id            bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    commitment_id bigint  NOT NULL REFERENCES referential_commitment (id),
    number        text    NOT NULL CHECK (number ~ '^[0-9]+\.[0-9]+$'),
    rank          integer NOT NULL,
    text          text    NOT NULL,
    UNIQUE (commitment_id, number),
    UNIQUE (commitment_id, rank)
);

CREATE TABLE referential_commitment_control (
    commitment_id bigint  NOT NULL REFERENCES referential_commitment (id),
    rank          integer NOT NULL,
    text          text    NOT NULL,
    PRIMARY KEY (commitment_id, rank)
);

CREATE TABLE referential_requirement (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id bigint  NOT NULL REFERENCES referential_version (id),
    code       text    NOT NULL,
    chapter    text    NOT NULL CHECK (chapter IN ('IV', 'V')),
    number     integer NOT NULL CHECK (number > 0),
    title      text    NOT NULL,
    text       text    NOT NULL,
    UNIQUE (version_id, code)
);

CREATE TABLE referential_requirement_control (
    requirement_id bigint  NOT NULL REFERENCES referential_requirement (id),
    rank           integer NOT NULL,
    text           text    NOT NULL,
    PRIMARY KEY (requirement_id, rank)
);

CREATE TABLE referential_indicator (
    id             bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id     bigint  NOT NULL REFERENCES referential_version (id),
    commitment_id  bigint  NOT NULL REFERENCES referential_commitment (id),
    code           text    NOT NULL,
    rank           integer NOT NULL,
    label          text    NOT NULL,
    kind           text    NOT NULL CHECK (kind IN ('RATE_WITHIN_DEADLINE', 'MEAN_DELAY', 'COUNT',
                                                    'SATISFACTION_RATE', 'IMPORTED_VALUE')),
    deadline_value integer CHECK (deadline_value > 0),
    deadline_unit  text    CHECK (deadline_unit IN ('WORKING_DAYS', 'CLOCK_HOURS', 'LOCALLY_ANNOUNCED')),
    channel        text,
    source         text,
    valid_from     integer,
    valid_until    integer,
    UNIQUE (version_id, code),
    CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from <= valid_until)
);
CREATE INDEX referential_indicator_commitment ON referential_indicator (commitment_id);

CREATE TABLE referential_indicator_criterion (
    indicator_id bigint  NOT NULL REFERENCES referential_indicator (id),
    rank         integer NOT NULL, -- 0-based: JPA @OrderColumn
    criterion    text    NOT NULL,
    PRIMARY KEY (indicator_id, rank)
);

CREATE TABLE referential_glossary_term (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id bigint  NOT NULL REFERENCES referential_version (id),
    rank       integer NOT NULL,
    term       text    NOT NULL,
    definition text    NOT NULL,
    UNIQUE (version_id, term)
);

GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT ON referential_version, referential_module, referential_module_site_type, referential_commitment,
    referential_commitment_item, referential_commitment_control, referential_requirement,
    referential_requirement_control, referential_indicator, referential_indicator_criterion,
    referential_glossary_term
    TO ${app_role};
