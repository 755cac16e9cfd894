CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`country` text,
	`description` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "actors_kind_check" CHECK("actors"."kind" IN ('person', 'organization', 'state', 'group'))
);
--> statement-breakpoint
CREATE INDEX `actors_kind_idx` ON `actors` (`kind`,`id`);--> statement-breakpoint
CREATE TABLE `affiliations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`role` text NOT NULL,
	`date` text,
	`date_start` text,
	`date_end` text,
	`date_basis` text DEFAULT 'unknown' NOT NULL,
	`date_note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "affiliations_date_basis_check" CHECK("affiliations"."date_basis" IN ('stated', 'inferred', 'unknown'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `affiliations_natural_key` ON `affiliations` (`person_id`,`organization_id`,`role`);--> statement-breakpoint
CREATE INDEX `affiliations_organization_idx` ON `affiliations` (`organization_id`);--> statement-breakpoint
CREATE TABLE `agreement_parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_parties_natural_key` ON `agreement_parties` (`agreement_id`,`actor_id`);--> statement-breakpoint
CREATE INDEX `agreement_parties_actor_idx` ON `agreement_parties` (`actor_id`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`date` text,
	`date_start` text,
	`date_end` text,
	`date_basis` text DEFAULT 'unknown' NOT NULL,
	`date_note` text,
	`summary` text,
	`meeting_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "agreements_kind_check" CHECK("agreements"."kind" IN ('agreement', 'understanding', 'decision', 'resolution', 'plan')),
	CONSTRAINT "agreements_status_check" CHECK("agreements"."status" IN ('adopted', 'reached', 'announced', 'reported_unconfirmed', 'planned', 'disputed')),
	CONSTRAINT "agreements_date_basis_check" CHECK("agreements"."date_basis" IN ('stated', 'inferred', 'unknown'))
);
--> statement-breakpoint
CREATE INDEX `agreements_date_idx` ON `agreements` (`date_start`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_meeting_idx` ON `agreements` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `api_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`scope` text NOT NULL,
	`key_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`revoked_at` text,
	CONSTRAINT "api_keys_scope_check" CHECK("api_keys"."scope" IN ('read', 'write'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_name_unique` ON `api_keys` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_unique` ON `api_keys` (`key_hash`);--> statement-breakpoint
CREATE TABLE `changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`op` text NOT NULL,
	`version` integer NOT NULL,
	`changed_at` text NOT NULL,
	`data` text,
	`author` text NOT NULL,
	CONSTRAINT "changes_entity_type_check" CHECK("changes"."entity_type" IN ('source', 'actor', 'meeting', 'agreement', 'statement')),
	CONSTRAINT "changes_op_check" CHECK("changes"."op" IN ('upsert', 'delete')),
	CONSTRAINT "changes_data_check" CHECK("changes"."op" = 'delete' OR "changes"."data" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `changes_entity_idx` ON `changes` (`entity_type`,`entity_id`,`seq`);--> statement-breakpoint
CREATE TABLE `citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`quote` text NOT NULL,
	`position` integer NOT NULL,
	`actor_id` text,
	`meeting_id` text,
	`agreement_id` text,
	`statement_id` text,
	`participant_id` integer,
	`party_id` integer,
	`affiliation_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `meeting_participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `agreement_parties`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`affiliation_id`) REFERENCES `affiliations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "citations_span_check" CHECK("citations"."start" >= 0 AND "citations"."end" > "citations"."start"),
	CONSTRAINT "citations_one_subject_check" CHECK(("citations"."actor_id" IS NOT NULL) + ("citations"."meeting_id" IS NOT NULL) + ("citations"."agreement_id" IS NOT NULL) + ("citations"."statement_id" IS NOT NULL) + ("citations"."participant_id" IS NOT NULL) + ("citations"."party_id" IS NOT NULL) + ("citations"."affiliation_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE INDEX `citations_source_idx` ON `citations` (`source_id`);--> statement-breakpoint
CREATE INDEX `citations_actor_idx` ON `citations` (`actor_id`);--> statement-breakpoint
CREATE INDEX `citations_meeting_idx` ON `citations` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `citations_agreement_idx` ON `citations` (`agreement_id`);--> statement-breakpoint
CREATE INDEX `citations_statement_idx` ON `citations` (`statement_id`);--> statement-breakpoint
CREATE INDEX `citations_participant_idx` ON `citations` (`participant_id`);--> statement-breakpoint
CREATE INDEX `citations_party_idx` ON `citations` (`party_id`);--> statement-breakpoint
CREATE INDEX `citations_affiliation_idx` ON `citations` (`affiliation_id`);--> statement-breakpoint
CREATE TABLE `dataset_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`key_name` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`headers` text NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `idempotency_keys_pk` ON `idempotency_keys` (`key_name`,`idempotency_key`);--> statement-breakpoint
CREATE TABLE `meeting_participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "meeting_participants_role_check" CHECK("meeting_participants"."role" IN ('chair', 'host', 'delegation_head', 'delegation_member', 'participant', 'spokesperson'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_participants_natural_key` ON `meeting_participants` (`meeting_id`,`actor_id`);--> statement-breakpoint
CREATE INDEX `meeting_participants_actor_idx` ON `meeting_participants` (`actor_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`date` text,
	`date_start` text,
	`date_end` text,
	`date_basis` text DEFAULT 'unknown' NOT NULL,
	`date_note` text,
	`location` text,
	`description` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "meetings_kind_check" CHECK("meetings"."kind" IN ('talks', 'dialogue_round', 'commission_meeting', 'bilateral_meeting', 'press_briefing', 'consultations')),
	CONSTRAINT "meetings_date_basis_check" CHECK("meetings"."date_basis" IN ('stated', 'inferred', 'unknown'))
);
--> statement-breakpoint
CREATE INDEX `meetings_date_idx` ON `meetings` (`date_start`,`id`);--> statement-breakpoint
CREATE TABLE `redirects` (
	`entity_type` text NOT NULL,
	`from_id` text NOT NULL,
	`to_id` text NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "redirects_entity_type_check" CHECK("redirects"."entity_type" IN ('source', 'actor', 'meeting', 'agreement', 'statement'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `redirects_pk` ON `redirects` (`entity_type`,`from_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text,
	`publisher` text,
	`author` text,
	`url` text,
	`language` text NOT NULL,
	`published` text,
	`published_start` text,
	`published_end` text,
	`published_basis` text DEFAULT 'unknown' NOT NULL,
	`published_note` text,
	`notes` text,
	`text` text NOT NULL,
	`sha256` text NOT NULL,
	`seed_file` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "sources_published_basis_check" CHECK("sources"."published_basis" IN ('stated', 'inferred', 'unknown'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_sha256_unique` ON `sources` (`sha256`);--> statement-breakpoint
CREATE INDEX `sources_published_idx` ON `sources` (`published_start`,`id`);--> statement-breakpoint
CREATE TABLE `statement_about` (
	`statement_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_about_pk` ON `statement_about` (`statement_id`,`actor_id`);--> statement-breakpoint
CREATE INDEX `statement_about_actor_idx` ON `statement_about` (`actor_id`,`statement_id`);--> statement-breakpoint
CREATE TABLE `statement_speakers` (
	`statement_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_speakers_pk` ON `statement_speakers` (`statement_id`,`actor_id`);--> statement-breakpoint
CREATE INDEX `statement_speakers_actor_idx` ON `statement_speakers` (`actor_id`,`statement_id`);--> statement-breakpoint
CREATE TABLE `statement_topics` (
	`statement_id` text NOT NULL,
	`topic` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "statement_topics_topic_check" CHECK("statement_topics"."topic" IN ('withdrawal', 'troop-levels', 'coalition-future', 'bilateral-security', 'training', 'counterterrorism', 'military-assistance', 'force-protection', 'militia-attacks', 'sovereignty', 'elections', 'regional-stability', 'economic-ties'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_topics_pk` ON `statement_topics` (`statement_id`,`topic`);--> statement-breakpoint
CREATE INDEX `statement_topics_topic_idx` ON `statement_topics` (`topic`,`statement_id`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`source_id` text NOT NULL,
	`text_start` integer NOT NULL,
	`text_end` integer NOT NULL,
	`date` text,
	`date_start` text,
	`date_end` text,
	`date_basis` text DEFAULT 'unknown' NOT NULL,
	`date_note` text,
	`meeting_id` text,
	`agreement_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "statements_kind_check" CHECK("statements"."kind" IN ('quote', 'joint_statement', 'paraphrase', 'report')),
	CONSTRAINT "statements_date_basis_check" CHECK("statements"."date_basis" IN ('stated', 'inferred', 'unknown')),
	CONSTRAINT "statements_span_check" CHECK("statements"."text_start" >= 0 AND "statements"."text_end" > "statements"."text_start")
);
--> statement-breakpoint
CREATE INDEX `statements_date_idx` ON `statements` (`date_start`,`id`);--> statement-breakpoint
CREATE INDEX `statements_source_idx` ON `statements` (`source_id`);--> statement-breakpoint
CREATE INDEX `statements_meeting_idx` ON `statements` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `statements_agreement_idx` ON `statements` (`agreement_id`);