-- Governance records of a site (chapters IV and V of the référentiel): action plans and their actions (V.1, V.2,
-- IV.4), the comité des usagers (IV.5), the COFIL and the quality manager (IV.1), the bilan annuel (V.1), and the
-- training of agents (IV.3, commitments 4, 28, 45, 23.1, 33.1, 50.2). Every table is tenant-owned: site_id, forced
-- row-level security with the policy of V002, unique constraints that include the site.
--
-- Minutes, attestations, attendance sheets and completion evidence are documents of the documentary system (issue 5),
-- which is not in the schema yet: they are kept as nullable *_document_id bigint columns WITHOUT a foreign key. The
-- foreign key to document (id) is added by a later migration when that table lands.
--
-- Small enumerated sets (topics of a meeting, inputs of a bilan) and the member ids a minutes was sent to are kept as
-- comma-separated text with a CHECK on their shape: they are read and written whole with their row, never queried.

CREATE TABLE action_plan (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id          bigint      NOT NULL REFERENCES site (id),
    title            text        NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 300),
    source           text        NOT NULL CHECK (source IN ('AUDIT_FINDING', 'ANNUAL_REVIEW', 'COMPLAINT_ANALYSIS',
                                     'INDICATOR_DEGRADATION', 'COMMITTEE_SUGGESTION', 'STAFF_FEEDBACK')),
    source_reference text        CHECK (length(source_reference) <= 200),
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site_id, id)
);

CREATE TABLE plan_action (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id              bigint      NOT NULL REFERENCES site (id),
    plan_id              bigint      NOT NULL,
    title                text        NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 500),
    owner                text        NOT NULL CHECK (length(btrim(owner)) BETWEEN 2 AND 200),
    due_on               date        NOT NULL,
    status               text        NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    evidence_document_id bigint,
    evidence_note        text        CHECK (length(evidence_note) <= 2000),
    completed_on         date,
    FOREIGN KEY (site_id, plan_id) REFERENCES action_plan (site_id, id),
    -- 22.2, 32.2, 54.4, V.1: an action is closed on its evidence, never without.
    CHECK ((status = 'DONE') = (completed_on IS NOT NULL)),
    CHECK (status <> 'DONE' OR evidence_document_id IS NOT NULL)
);
CREATE INDEX plan_action_due ON plan_action (site_id, due_on) WHERE status <> 'DONE';

CREATE TABLE users_committee (
    id            bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id       bigint  NOT NULL REFERENCES site (id),
    name          text    NOT NULL CHECK (length(btrim(name)) BETWEEN 3 AND 200),
    -- NULL: the site's global committee; a number: the committee of that module (IV.5).
    module_number integer CHECK (module_number > 0),
    UNIQUE (site_id, id)
);
CREATE UNIQUE INDEX users_committee_scope ON users_committee (site_id, COALESCE(module_number, 0));

CREATE TABLE committee_member (
    id           bigint NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id      bigint NOT NULL REFERENCES site (id),
    committee_id bigint NOT NULL,
    name         text   NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    category     text   NOT NULL CHECK (category IN ('CONSUMER_ASSOCIATION', 'USER_ASSOCIATION',
                            'PROFESSIONAL_ASSOCIATION', 'LOCAL_AUTHORITY', 'SITE', 'STATE_SERVICE', 'INVITED')),
    organisation text   NOT NULL CHECK (length(btrim(organisation)) BETWEEN 2 AND 200),
    member_from  date   NOT NULL,
    member_until date,
    FOREIGN KEY (site_id, committee_id) REFERENCES users_committee (site_id, id),
    CHECK (member_until IS NULL OR member_until >= member_from)
);

CREATE TABLE committee_meeting (
    id                   bigint NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id              bigint NOT NULL REFERENCES site (id),
    committee_id         bigint NOT NULL,
    held_on              date   NOT NULL,
    attendee_ids         text   NOT NULL CHECK (attendee_ids ~ '^[0-9]+(,[0-9]+)*$'),
    topics               text   NOT NULL CHECK (topics ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    decisions            text   CHECK (length(decisions) <= 10000),
    minutes_document_id  bigint,
    minutes_sent_on      date,
    minutes_sent_to      text   NOT NULL DEFAULT '' CHECK (minutes_sent_to ~ '^([0-9]+(,[0-9]+)*)?$'),
    published_on         date,
    published_at         text   CHECK (length(published_at) <= 500),
    FOREIGN KEY (site_id, committee_id) REFERENCES users_committee (site_id, id),
    CHECK (minutes_sent_on IS NULL OR minutes_sent_on >= held_on),
    CHECK (published_on IS NULL OR (published_on >= held_on AND published_at IS NOT NULL))
);

-- IV.1: one COFIL per site, installed by the préfet or the sous-préfet; the quality manager and the documented
-- responsibilities (organisation chart, function descriptions).
CREATE TABLE cofil (
    id                                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id                            bigint NOT NULL UNIQUE REFERENCES site (id),
    installed_by                       text   NOT NULL CHECK (installed_by IN ('PREFET', 'SOUS_PREFET')),
    installed_on                       date   NOT NULL,
    composition                        text   NOT NULL CHECK (length(btrim(composition)) BETWEEN 3 AND 5000),
    composition_document_id            bigint,
    quality_manager                    text   CHECK (length(quality_manager) <= 200),
    quality_manager_mission_document_id bigint,
    organisation_chart_document_id     bigint,
    function_descriptions_document_id  bigint
);

CREATE TABLE cofil_meeting (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id             bigint NOT NULL REFERENCES site (id),
    held_on             date   NOT NULL,
    agenda              text   NOT NULL CHECK (length(btrim(agenda)) BETWEEN 3 AND 5000),
    minutes_document_id bigint
);

-- V.1: the bilan annuel.
CREATE TABLE annual_review (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id                  bigint NOT NULL REFERENCES site (id),
    held_on                  date   NOT NULL,
    attendance               text   NOT NULL CHECK (attendance ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    attendees                text   CHECK (length(attendees) <= 5000),
    inputs                   text   NOT NULL CHECK (inputs ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    minutes_document_id      bigint,
    staff_informed_on        date,
    technical_committee_on   date,
    CHECK (staff_informed_on IS NULL OR staff_informed_on >= held_on),
    CHECK (technical_committee_on IS NULL OR technical_committee_on >= held_on)
);

-- IV.3: a site's staff (not necessarily platform users), their posts and their training.
CREATE TABLE agent (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id   bigint NOT NULL REFERENCES site (id),
    name      text   NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    reference text   CHECK (length(reference) <= 100),
    UNIQUE (site_id, id)
);
CREATE UNIQUE INDEX agent_reference ON agent (site_id, reference) WHERE reference IS NOT NULL;

CREATE TABLE agent_post (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id    bigint NOT NULL REFERENCES site (id),
    agent_id   bigint NOT NULL,
    category   text   NOT NULL CHECK (category IN ('RECEPTION', 'TELEPHONE', 'WEB_EDITOR', 'QUALITY_REFERENT',
                          'DIGITAL_MEDIATOR', 'FOREIGNERS_TITLES', 'FRAUD', 'PUBLIC_POLICY_COORDINATION', 'CIP')),
    started_on date   NOT NULL,
    ended_on   date,
    FOREIGN KEY (site_id, agent_id) REFERENCES agent (site_id, id),
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);

CREATE TABLE training_record (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id              bigint NOT NULL REFERENCES site (id),
    agent_id             bigint NOT NULL,
    category             text   NOT NULL CHECK (category IN ('RECEPTION', 'TELEPHONE', 'WEB_EDITOR', 'QUALITY_REFERENT',
                             'DIGITAL_MEDIATOR', 'FOREIGNERS_TITLES', 'FRAUD', 'PUBLIC_POLICY_COORDINATION', 'CIP')),
    kind                 text   NOT NULL CHECK (kind IN ('INITIAL', 'CONTINUING', 'CIP_REFRESHER')),
    completed_on         date   NOT NULL,
    title                text   NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 300),
    evidence             text   NOT NULL CHECK (evidence IN ('ATTESTATION', 'ATTENDANCE_SHEET', 'TUTORING')),
    evidence_document_id bigint,
    tutor                text   CHECK (length(tutor) <= 200),
    FOREIGN KEY (site_id, agent_id) REFERENCES agent (site_id, id),
    -- IV.3: an attestation or an attendance sheet is a document; tutoring names its tutor.
    CHECK (evidence <> 'TUTORING' OR tutor IS NOT NULL)
);
CREATE INDEX training_record_agent ON training_record (site_id, agent_id, completed_on);

-- Row-level security, forced, with the policy of V002 (docs/adr/0004-tenancy.md).
ALTER TABLE action_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE action_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY action_plan_site ON action_plan
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE plan_action ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_action FORCE ROW LEVEL SECURITY;
CREATE POLICY plan_action_site ON plan_action
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE users_committee ENABLE ROW LEVEL SECURITY;
ALTER TABLE users_committee FORCE ROW LEVEL SECURITY;
CREATE POLICY users_committee_site ON users_committee
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE committee_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_member FORCE ROW LEVEL SECURITY;
CREATE POLICY committee_member_site ON committee_member
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE committee_meeting ENABLE ROW LEVEL SECURITY;
ALTER TABLE committee_meeting FORCE ROW LEVEL SECURITY;
CREATE POLICY committee_meeting_site ON committee_meeting
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE cofil ENABLE ROW LEVEL SECURITY;
ALTER TABLE cofil FORCE ROW LEVEL SECURITY;
CREATE POLICY cofil_site ON cofil
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE cofil_meeting ENABLE ROW LEVEL SECURITY;
ALTER TABLE cofil_meeting FORCE ROW LEVEL SECURITY;
CREATE POLICY cofil_meeting_site ON cofil_meeting
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE annual_review ENABLE ROW LEVEL SECURITY;
ALTER TABLE annual_review FORCE ROW LEVEL SECURITY;
CREATE POLICY annual_review_site ON annual_review
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE agent ENABLE ROW LEVEL SECURITY;
ALTER TABLE agent FORCE ROW LEVEL SECURITY;
CREATE POLICY agent_site ON agent
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE agent_post ENABLE ROW LEVEL SECURITY;
ALTER TABLE agent_post FORCE ROW LEVEL SECURITY;
CREATE POLICY agent_post_site ON agent_post
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);
ALTER TABLE training_record ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_record FORCE ROW LEVEL SECURITY;
CREATE POLICY training_record_site ON training_record
    USING (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint)
    WITH CHECK (site_id = NULLIF(current_setting('qualepref.site_id', true), '')::bigint);

GRANT SELECT, INSERT, UPDATE ON action_plan, plan_action, users_committee, committee_member, committee_meeting, cofil, cofil_meeting, annual_review, agent, agent_post, training_record TO ${app_role};
GRANT USAGE ON SEQUENCE action_plan_id_seq, plan_action_id_seq, users_committee_id_seq, committee_member_id_seq, committee_meeting_id_seq, cofil_id_seq, cofil_meeting_id_seq, annual_review_id_seq, agent_id_seq, agent_post_id_seq, training_record_id_seq TO ${app_role};
