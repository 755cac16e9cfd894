CREATE INDEX `actors_missing_document_idx` ON `actors` (`id`) WHERE "actors"."document" IS NULL;--> statement-breakpoint
CREATE INDEX `agreements_missing_document_idx` ON `agreements` (`id`) WHERE "agreements"."document" IS NULL;--> statement-breakpoint
CREATE INDEX `meetings_missing_document_idx` ON `meetings` (`id`) WHERE "meetings"."document" IS NULL;--> statement-breakpoint
CREATE INDEX `sources_missing_document_idx` ON `sources` (`id`) WHERE "sources"."document" IS NULL;--> statement-breakpoint
CREATE INDEX `statements_missing_document_idx` ON `statements` (`id`) WHERE "statements"."document" IS NULL;