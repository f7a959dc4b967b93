-- The documentary system (V010) has landed: the evidence columns of governance (V020) and of audit grids (V040) now
-- reference documents of the same site. The applications check first and answer 404; these keys hold the line in the
-- database. A null column (no document yet) is not checked (MATCH SIMPLE).
ALTER TABLE plan_action ADD FOREIGN KEY (site_id, evidence_document_id) REFERENCES document (site_id, id);
ALTER TABLE committee_meeting ADD FOREIGN KEY (site_id, minutes_document_id) REFERENCES document (site_id, id);
ALTER TABLE cofil ADD FOREIGN KEY (site_id, composition_document_id) REFERENCES document (site_id, id);
ALTER TABLE cofil ADD FOREIGN KEY (site_id, quality_manager_mission_document_id) REFERENCES document (site_id, id);
ALTER TABLE cofil ADD FOREIGN KEY (site_id, organisation_chart_document_id) REFERENCES document (site_id, id);
ALTER TABLE cofil ADD FOREIGN KEY (site_id, function_descriptions_document_id) REFERENCES document (site_id, id);
ALTER TABLE cofil_meeting ADD FOREIGN KEY (site_id, minutes_document_id) REFERENCES document (site_id, id);
ALTER TABLE annual_review ADD FOREIGN KEY (site_id, minutes_document_id) REFERENCES document (site_id, id);
ALTER TABLE training_record ADD FOREIGN KEY (site_id, evidence_document_id) REFERENCES document (site_id, id);
ALTER TABLE audit_line_evidence ADD FOREIGN KEY (site_id, document_id) REFERENCES document (site_id, id);
