-- V.2: "les écarts relevés font l'objet d'un plan d'action". A grid line whose verdict calls for action (point
-- sensible, non-conformité mineure or majeure) is linked to the action opened for it in the site's action plans
-- (governance, V020). Both rows belong to the same site: the foreign key includes site_id.
ALTER TABLE plan_action ADD UNIQUE (site_id, id);
ALTER TABLE audit_line ADD COLUMN action_plan_id bigint;
ALTER TABLE audit_line ADD COLUMN action_id bigint;
ALTER TABLE audit_line ADD FOREIGN KEY (site_id, action_plan_id) REFERENCES action_plan (site_id, id);
ALTER TABLE audit_line ADD FOREIGN KEY (site_id, action_id) REFERENCES plan_action (site_id, id);
