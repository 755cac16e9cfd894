-- version__* filters (src/repositories/list-operators.ts) read an id set from (version, id), not each row.
CREATE INDEX `actors_version_idx` ON `actors` (`version`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_version_idx` ON `agreements` (`version`,`id`);--> statement-breakpoint
CREATE INDEX `meetings_version_idx` ON `meetings` (`version`,`id`);--> statement-breakpoint
CREATE INDEX `sources_version_idx` ON `sources` (`version`,`id`);--> statement-breakpoint
CREATE INDEX `statements_version_idx` ON `statements` (`version`,`id`);--> statement-breakpoint
CREATE INDEX `disputes_version_idx` ON `disputes` (`version`,`id`);