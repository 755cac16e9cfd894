-- Full-text search over every entity (FTS5, bm25 ranking). Kept in step with the base tables by
-- triggers, so it does not matter who writes: the seed loader, the write API, or a hand-run SQL statement.
-- remove_diacritics 2 makes "Sudani" find "Sūdānī"; the porter stemmer is not used, so quotes match as written.
CREATE VIRTUAL TABLE `search_index` USING fts5(
	entity_type UNINDEXED,
	entity_id UNINDEXED,
	title,
	body,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `sources_search_insert` AFTER INSERT ON `sources` BEGIN
	INSERT INTO search_index (entity_type, entity_id, title, body) VALUES ('source', NEW.id, NEW.title, NEW.text);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_update` AFTER UPDATE ON `sources` BEGIN
	DELETE FROM search_index WHERE entity_type = 'source' AND entity_id = OLD.id;
	INSERT INTO search_index (entity_type, entity_id, title, body) VALUES ('source', NEW.id, NEW.title, NEW.text);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_delete` AFTER DELETE ON `sources` BEGIN
	DELETE FROM search_index WHERE entity_type = 'source' AND entity_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `actors_search_insert` AFTER INSERT ON `actors` BEGIN
	INSERT INTO search_index (entity_type, entity_id, title, body) VALUES ('actor', NEW.id, NEW.name, trim(coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.aliases)), '') || ' ' || coalesce(NEW.description, '')));
END;
--> statement-breakpoint
CREATE TRIGGER `actors_search_update` AFTER UPDATE ON `actors` BEGIN
	DELETE FROM search_index WHERE entity_type = 'actor' AND entity_id = OLD.id;
	INSERT INTO search_index (entity_type, entity_id, title, body) VALUES ('actor', NEW.id, NEW.name, trim(coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.aliases)), '') || ' ' || coalesce(NEW.description, '')));
END;
--> statement-breakpoint
CREATE TRIGGER `actors_search_delete` AFTER DELETE ON `actors` BEGIN
	DELETE FROM search_index WHERE entity_type = 'actor' AND entity_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_search_insert` AFTER INSERT ON `meetings` BEGIN
	INSERT INTO search_index (entity_type, entity_id, title, body) VALUES ('meeting', NEW.id, NEW.title, trim(coalesce(NEW.location, '') || ' ' || coalesce(NEW.description, '')));
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_search_update` AFTER UPDATE ON `meetings` BEGIN
	DELETE FROM search_index WHERE entity_type = 'meeting' AND entity_id = OLD.id;
	INSERT INTO search_index (entity_type, entity_id, title, body) VALUES ('meeting', NEW.id, NEW.title, trim(coalesce(NEW.location, '') || ' ' || coalesce(NEW.description, '')));
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_search_delete` AFTER DELETE ON `meetings` BEGIN
	DELETE FROM search_index WHERE entity_type = 'meeting' AND entity_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_search_insert` AFTER INSERT ON `agreements` BEGIN
	INSERT INTO search_index (entity_type, entity_id, title, body) VALUES ('agreement', NEW.id, NEW.title, coalesce(NEW.summary, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_search_update` AFTER UPDATE ON `agreements` BEGIN
	DELETE FROM search_index WHERE entity_type = 'agreement' AND entity_id = OLD.id;
	INSERT INTO search_index (entity_type, entity_id, title, body) VALUES ('agreement', NEW.id, NEW.title, coalesce(NEW.summary, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_search_delete` AFTER DELETE ON `agreements` BEGIN
	DELETE FROM search_index WHERE entity_type = 'agreement' AND entity_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_search_insert` AFTER INSERT ON `statements` BEGIN
	INSERT INTO search_index (entity_type, entity_id, title, body) VALUES ('statement', NEW.id, NULL, NEW.text);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_search_update` AFTER UPDATE ON `statements` BEGIN
	DELETE FROM search_index WHERE entity_type = 'statement' AND entity_id = OLD.id;
	INSERT INTO search_index (entity_type, entity_id, title, body) VALUES ('statement', NEW.id, NULL, NEW.text);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_search_delete` AFTER DELETE ON `statements` BEGIN
	DELETE FROM search_index WHERE entity_type = 'statement' AND entity_id = OLD.id;
END;
