-- Custom migration (citations branch): the indexes behind the citations and relations collections.
-- A span query (source=X&overlaps=A-B) is a range search on (source_id, start) that checks `end`
-- in the index; the unfiltered citations list reads citations_start_idx in order; each relation is
-- listed by its first end through an index of that end (and the rowid that follows it).
CREATE INDEX `affiliations_person_idx` ON `affiliations` (`person_id`);--> statement-breakpoint
CREATE INDEX `agreement_parties_agreement_idx` ON `agreement_parties` (`agreement_id`);--> statement-breakpoint
CREATE INDEX `citations_source_span_idx` ON `citations` (`source_id`,`start`,`end`);--> statement-breakpoint
CREATE INDEX `citations_start_idx` ON `citations` (`start`);--> statement-breakpoint
CREATE INDEX `meeting_participants_meeting_idx` ON `meeting_participants` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `statements_source_span_idx` ON `statements` (`source_id`,`text_start`,`text_end`);