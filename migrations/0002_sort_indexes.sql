-- Hand-edited after drizzle-kit generate: expression indexes fixed (drizzle-kit 0.31 splits them on
-- commas), and the new sort-key columns filled with fold() (registered on every connection).
DROP INDEX `statements_source_idx`;--> statement-breakpoint
CREATE INDEX `statements_date_asc_idx` ON `statements` (coalesce(`date_start`, '9999-12-31'),`id`,`date_start`,`date_end`,`date`);--> statement-breakpoint
CREATE INDEX `statements_date_desc_idx` ON `statements` (coalesce(`date_start`, ''),`id`,`date_start`,`date_end`,`date`);--> statement-breakpoint
CREATE INDEX `statements_timeline_idx` ON `statements` (coalesce(`date_start`, `date_end`),`id`,`date_start`,`date_end`,`date`) WHERE `date` IS NOT NULL;--> statement-breakpoint
CREATE INDEX `statements_updated_idx` ON `statements` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `statements_source_idx` ON `statements` (`source_id`,`id`);--> statement-breakpoint
ALTER TABLE `actors` ADD `name_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `actors` SET `name_key` = fold(`name`);--> statement-breakpoint
CREATE INDEX `actors_name_idx` ON `actors` (`name_key`,`id`);--> statement-breakpoint
CREATE INDEX `actors_updated_idx` ON `actors` (`updated_at`,`id`);--> statement-breakpoint
ALTER TABLE `agreements` ADD `title_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `agreements` SET `title_key` = fold(`title`);--> statement-breakpoint
CREATE INDEX `agreements_date_asc_idx` ON `agreements` (coalesce(`date_start`, '9999-12-31'),`id`,`date_start`,`date_end`,`date`);--> statement-breakpoint
CREATE INDEX `agreements_date_desc_idx` ON `agreements` (coalesce(`date_start`, ''),`id`,`date_start`,`date_end`,`date`);--> statement-breakpoint
CREATE INDEX `agreements_timeline_idx` ON `agreements` (coalesce(`date_start`, `date_end`),`id`,`date_start`,`date_end`,`date`) WHERE `date` IS NOT NULL;--> statement-breakpoint
CREATE INDEX `agreements_title_idx` ON `agreements` (`title_key`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_status_idx` ON `agreements` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_updated_idx` ON `agreements` (`updated_at`,`id`);--> statement-breakpoint
ALTER TABLE `meetings` ADD `title_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `meetings` SET `title_key` = fold(`title`);--> statement-breakpoint
CREATE INDEX `meetings_date_asc_idx` ON `meetings` (coalesce(`date_start`, '9999-12-31'),`id`,`date_start`,`date_end`,`date`);--> statement-breakpoint
CREATE INDEX `meetings_date_desc_idx` ON `meetings` (coalesce(`date_start`, ''),`id`,`date_start`,`date_end`,`date`);--> statement-breakpoint
CREATE INDEX `meetings_timeline_idx` ON `meetings` (coalesce(`date_start`, `date_end`),`id`,`date_start`,`date_end`,`date`) WHERE `date` IS NOT NULL;--> statement-breakpoint
CREATE INDEX `meetings_title_idx` ON `meetings` (`title_key`,`id`);--> statement-breakpoint
CREATE INDEX `meetings_updated_idx` ON `meetings` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `sources_date_asc_idx` ON `sources` (coalesce(`published_start`, '9999-12-31'),`id`,`published_start`,`published_end`,`published`);--> statement-breakpoint
CREATE INDEX `sources_date_desc_idx` ON `sources` (coalesce(`published_start`, ''),`id`,`published_start`,`published_end`,`published`);--> statement-breakpoint
CREATE INDEX `sources_title_idx` ON `sources` (coalesce(`title`, ''),`id`);--> statement-breakpoint
CREATE INDEX `sources_publisher_idx` ON `sources` (coalesce(`publisher`, ''),`id`);--> statement-breakpoint
CREATE INDEX `sources_updated_idx` ON `sources` (`updated_at`,`id`);