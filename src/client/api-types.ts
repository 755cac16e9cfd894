// Generated from openapi/openapi.json by openapi-typescript (npm run openapi). Do not edit.
/* eslint-disable */
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Answers 200 while the process is running. It does not touch the database.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe
         * @description Answers 200 when the database answers a query and every migration has been applied, 503 otherwise.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dataset index
         * @description Links to every collection, the entity counts, the dataset revision, the vocabularies, and the docs and spec URLs.
         */
        get: operations["getIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search
         * @description Searches statements, actors (names, aliases and descriptions), meetings, agreements and source texts with SQLite FTS5, ranked by bm25 (titles and names weigh more than text). A query it cannot read is a 400.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Timeline
         * @description Meetings, agreements and statements merged in chronological order of the first day their EDTF date covers (then type, then id), each with its date, precision and basis. Undated items are left out and counted in meta.undated.
         */
        get: operations["getTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description The documents every fact is cited from: publisher, publication date (with its basis), hash and counts. The text is at links.text. Default order: by publication date (undated last).
         */
        get: operations["listSources"];
        put?: never;
        /**
         * Create a source
         * @description Creates a source with its relations and citations in one transaction (and one change-log entry). Citations are given as words (`{source_id, quote, occurrence?}`) or exact offsets (`{source_id, start, end}`); the server finds and verifies them, and refuses with 422 what it cannot verify, naming the field by JSON pointer. A reference to a record that does not exist is a 422 naming it.
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one source
         * @description One source with its relations embedded and every citation. An unknown id is a 404.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        /**
         * Delete a source
         * @description Deletes the source with its relations and citations, leaving a tombstone in the change feed. Requires If-Match (412/428). While other records refer to it, the answer is 409 with their list in `referrers`.
         */
        delete: operations["deleteSource"];
        options?: never;
        head?: never;
        /**
         * Change a source
         * @description Applies a JSON Merge Patch (RFC 7396) to the source in its create form and stores the result if every citation and reference still checks out. Requires If-Match with the current ETag (412 when stale, 428 when missing). The id never changes. The text of a source cannot change once anything cites it (409).
         */
        patch: operations["updateSource"];
        trace?: never;
    };
    "/v1/sources/{id}/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the text of a source
         * @description The text exactly as stored, as text/plain; charset=utf-8. Citation offsets count Unicode code points into it.
         */
        get: operations["getSourceText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suggest annotations for a source
         * @description Proposes, without writing anything, what a curator would annotate in the source: every direct quote as a statement draft in the curated input form (the body of POST /v1/statements), with its likely speaker from the attributing words ("Ryder said", "he added", "the joint statement read") and its date (relative dates such as "on Tuesday" or "last July" resolved against the publication date when it is a day), and the known actors and meetings the text mentions, cited by code-point offsets. Heuristic: every suggestion carries a note on how it was reached; check it before posting.
         */
        post: operations["suggestAnnotations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actors
         * @description People, organizations, states and groups, with every alias the sources use and their affiliations. Default order: by name.
         */
        get: operations["listActors"];
        put?: never;
        /**
         * Create a actor
         * @description Creates a actor with its relations and citations in one transaction (and one change-log entry). Citations are given as words (`{source_id, quote, occurrence?}`) or exact offsets (`{source_id, start, end}`); the server finds and verifies them, and refuses with 422 what it cannot verify, naming the field by JSON pointer. A reference to a record that does not exist is a 422 naming it.
         */
        post: operations["createActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one actor
         * @description One actor with its relations embedded and every citation. An unknown id is a 404.
         */
        get: operations["getActor"];
        put?: never;
        post?: never;
        /**
         * Delete a actor
         * @description Deletes the actor with its relations and citations, leaving a tombstone in the change feed. Requires If-Match (412/428). While other records refer to it, the answer is 409 with their list in `referrers`.
         */
        delete: operations["deleteActor"];
        options?: never;
        head?: never;
        /**
         * Change a actor
         * @description Applies a JSON Merge Patch (RFC 7396) to the actor in its create form and stores the result if every citation and reference still checks out. Requires If-Match with the current ETag (412 when stale, 428 when missing). The id never changes.
         */
        patch: operations["updateActor"];
        trace?: never;
    };
    "/v1/actors/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate actor into another
         * @description Moves every relation and citation of {id} to the actor named in `into` (names and aliases too, for actors), in one transaction; every record touched is a change in the feed, and {id} is deleted with a tombstone saying where it went. From then on {id} answers 308 Permanent Redirect to the survivor, so no published link or mirrored reference breaks.
         */
        post: operations["mergeActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List meetings
         * @description Talks, dialogue rounds, commission meetings and press briefings, with participants and their roles. Default order: by date (undated last).
         */
        get: operations["listMeetings"];
        put?: never;
        /**
         * Create a meeting
         * @description Creates a meeting with its relations and citations in one transaction (and one change-log entry). Citations are given as words (`{source_id, quote, occurrence?}`) or exact offsets (`{source_id, start, end}`); the server finds and verifies them, and refuses with 422 what it cannot verify, naming the field by JSON pointer. A reference to a record that does not exist is a 422 naming it.
         */
        post: operations["createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one meeting
         * @description One meeting with its relations embedded and every citation. An unknown id is a 404.
         */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        /**
         * Delete a meeting
         * @description Deletes the meeting with its relations and citations, leaving a tombstone in the change feed. Requires If-Match (412/428). While other records refer to it, the answer is 409 with their list in `referrers`.
         */
        delete: operations["deleteMeeting"];
        options?: never;
        head?: never;
        /**
         * Change a meeting
         * @description Applies a JSON Merge Patch (RFC 7396) to the meeting in its create form and stores the result if every citation and reference still checks out. Requires If-Match with the current ETag (412 when stale, 428 when missing). The id never changes.
         */
        patch: operations["updateMeeting"];
        trace?: never;
    };
    "/v1/meetings/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate meeting into another
         * @description Moves every relation and citation of {id} to the meeting named in `into` (names and aliases too, for actors), in one transaction; every record touched is a change in the feed, and {id} is deleted with a tombstone saying where it went. From then on {id} answers 308 Permanent Redirect to the survivor, so no published link or mirrored reference breaks.
         */
        post: operations["mergeMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agreements
         * @description Agreements, understandings, decisions, resolutions and plans, with parties and status as the sources give it. Default order: by date (undated last).
         */
        get: operations["listAgreements"];
        put?: never;
        /**
         * Create a agreement
         * @description Creates a agreement with its relations and citations in one transaction (and one change-log entry). Citations are given as words (`{source_id, quote, occurrence?}`) or exact offsets (`{source_id, start, end}`); the server finds and verifies them, and refuses with 422 what it cannot verify, naming the field by JSON pointer. A reference to a record that does not exist is a 422 naming it.
         */
        post: operations["createAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one agreement
         * @description One agreement with its relations embedded and every citation. An unknown id is a 404.
         */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        /**
         * Delete a agreement
         * @description Deletes the agreement with its relations and citations, leaving a tombstone in the change feed. Requires If-Match (412/428). While other records refer to it, the answer is 409 with their list in `referrers`.
         */
        delete: operations["deleteAgreement"];
        options?: never;
        head?: never;
        /**
         * Change a agreement
         * @description Applies a JSON Merge Patch (RFC 7396) to the agreement in its create form and stores the result if every citation and reference still checks out. Requires If-Match with the current ETag (412 when stale, 428 when missing). The id never changes.
         */
        patch: operations["updateAgreement"];
        trace?: never;
    };
    "/v1/agreements/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate agreement into another
         * @description Moves every relation and citation of {id} to the agreement named in `into` (names and aliases too, for actors), in one transaction; every record touched is a change in the feed, and {id} is deleted with a tombstone saying where it went. From then on {id} answers 308 Permanent Redirect to the survivor, so no published link or mirrored reference breaks.
         */
        post: operations["mergeAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List statements
         * @description Quotes, joint statements, paraphrases and reports, each a verbatim span of its source, with speakers, source, meeting and agreement embedded. Default order: by date (undated last), then id.
         */
        get: operations["listStatements"];
        put?: never;
        /**
         * Create a statement
         * @description Creates a statement with its relations and citations in one transaction (and one change-log entry). Citations are given as words (`{source_id, quote, occurrence?}`) or exact offsets (`{source_id, start, end}`); the server finds and verifies them, and refuses with 422 what it cannot verify, naming the field by JSON pointer. A reference to a record that does not exist is a 422 naming it.
         */
        post: operations["createStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one statement
         * @description One statement with its relations embedded and every citation. An unknown id is a 404.
         */
        get: operations["getStatement"];
        put?: never;
        post?: never;
        /**
         * Delete a statement
         * @description Deletes the statement with its relations and citations, leaving a tombstone in the change feed. Requires If-Match (412/428). While other records refer to it, the answer is 409 with their list in `referrers`.
         */
        delete: operations["deleteStatement"];
        options?: never;
        head?: never;
        /**
         * Change a statement
         * @description Applies a JSON Merge Patch (RFC 7396) to the statement in its create form and stores the result if every citation and reference still checks out. Requires If-Match with the current ETag (412 when stale, 428 when missing). The id never changes.
         */
        patch: operations["updateStatement"];
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed
         * @description Every insert, update and delete of any entity, in order, each with the full new record (or a tombstone). Replaying it from 0 rebuilds the dataset exactly. Use `wait` to long-poll, or `Accept: text/event-stream` to receive changes as server-sent events (event `change`, id = seq; reconnect with `Last-Event-ID` to resume).
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the whole dataset as NDJSON
         * @description One JSON object per line, streamed from one consistent snapshot: first `{"type":"meta","revision","exported_at","counts"}`, then every record with its `type` (source, actor, meeting, agreement, statement, in that order, each by id), in the same form as the change feed’s `data`. The revision is also in X-Dataset-Revision.
         */
        get: operations["exportNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/snapshot.sqlite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a copy of the database
         * @description A consistent copy of the SQLite database (VACUUM INTO a temporary file, streamed, then removed), with its revision in X-Dataset-Revision. It has the same schema, rows and change log as the server, without the server’s secrets; open it with any SQLite client or keep it current with the change feed (`npm run mirror`).
         */
        get: operations["getSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The process is alive.
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @constant */
            status: "ok";
        };
        /**
         * @description The service can answer requests: the database is reachable and its schema is current.
         * @example {
         *       "status": "ready",
         *       "checks": {
         *         "database": "ok",
         *         "migrations": "current"
         *       }
         *     }
         */
        Readiness: {
            /** @constant */
            status: "ready";
            checks: {
                /**
                 * @description A query on the read connection succeeded.
                 * @constant
                 */
                database: "ok";
                /**
                 * @description Every migration under migrations/ has been applied.
                 * @constant
                 */
                migrations: "current";
            };
        };
        ProblemFieldError: {
            /**
             * @description Where the bad value was sent.
             * @enum {string}
             */
            in: "path" | "query" | "header" | "body";
            /** @description The parameter name (path, query and header errors). */
            name?: string;
            /** @description A JSON Pointer (RFC 6901) into the body (body errors). */
            pointer?: string;
            /** @description What is wrong with the value. */
            message: string;
        };
        /**
         * @description An RFC 9457 problem document, sent as application/problem+json for every 4xx and 5xx response.
         * @example {
         *       "type": "about:blank",
         *       "title": "Not Found",
         *       "status": 404,
         *       "detail": "No route matches GET /v2/actors.",
         *       "instance": "/v2/actors",
         *       "request_id": "req-1"
         *     }
         */
        Problem: {
            /** @description A URI reference naming the problem type; "about:blank" when the status says it all. */
            type: string;
            /** @description A short summary of the problem type. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong with this request. */
            detail?: string;
            /** @description The path of the request that failed. */
            instance: string;
            /** @description The request id, also sent as X-Request-Id; quote it when reporting a problem. */
            request_id: string;
            /** @description Each invalid parameter or field (validation errors only). */
            errors?: components["schemas"]["ProblemFieldError"][];
            /** @description 409 on a delete: the records that still refer to this one. */
            referrers?: {
                type: string;
                id: string;
            }[];
            /** @description 409 on a create: the record that already has this id or text. */
            existing?: string;
        };
        /**
         * @description A date with its precision, certainty and basis.
         * @example {
         *       "edtf": "2024-07-22/2024-07-23",
         *       "start": "2024-07-22",
         *       "end": "2024-07-23",
         *       "precision": "day",
         *       "uncertain": false,
         *       "approximate": false,
         *       "basis": "inferred",
         *       "note": "'Monday' resolved against the MENAFN publication date; 'two-day' dialogue concluded 'Tuesday' per Rudaw."
         *     }
         */
        DateValue: {
            /** @description The date as the sources support it, in EDTF (level 0-1); null when unknown. */
            edtf: string | null;
            /** @description First ISO day the date covers (derived; null when unknown or open). */
            start: string | null;
            /** @description Last ISO day the date covers (derived; null when unknown or open). */
            end: string | null;
            /** @description How precise the date is; for an interval, its coarsest end. */
            precision: ("day" | "month" | "year" | "decade" | "century") | null;
            /** @description EDTF `?`: the source is not sure. */
            uncertain: boolean;
            /** @description EDTF `~`: the date is approximate. */
            approximate: boolean;
            /**
             * @description stated: the source gives it; inferred: worked out (see note); unknown: not given.
             * @enum {string}
             */
            basis: "stated" | "inferred" | "unknown";
            /** @description How an inferred date was reached, or what the source says of an unknown one. */
            note: string | null;
        };
        /**
         * @description The exact words of a source that support a fact. `quote` equals the source text sliced by code points from `start` to `end` (Python: text[start:end]).
         * @example {
         *       "source_id": "rudaw-us-iraq-reach-understanding",
         *       "start": 1008,
         *       "end": 1055,
         *       "quote": "US Department of Defense Secretary Lloyd Austin"
         *     }
         */
        Citation: {
            /**
             * @description The source whose words support the fact.
             * @example lloyd-austin
             */
            source_id: string;
            /** @description Offset of the first cited character, in Unicode code points. */
            start: number;
            /** @description Offset just past the last cited character, in Unicode code points. */
            end: number;
            /** @description Exactly the source text between start and end. */
            quote: string;
        };
        /**
         * @description A compact reference to an actor.
         * @example {
         *       "id": "lloyd-austin",
         *       "name": "Lloyd Austin",
         *       "kind": "person"
         *     }
         */
        ActorRef: {
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "person" | "organization" | "state" | "group";
        };
        /** @description A compact reference to a source. */
        SourceRef: {
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            publisher: string | null;
            title: string | null;
            published: components["schemas"]["DateValue"];
        };
        /** @description A compact reference to a meeting. */
        MeetingRef: {
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            title: string;
            date: components["schemas"]["DateValue"];
        };
        /** @description A compact reference to an agreement. */
        AgreementRef: {
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            title: string;
            /** @enum {string} */
            status: "adopted" | "reached" | "announced" | "reported_unconfirmed" | "planned" | "disputed";
            date: components["schemas"]["DateValue"];
        };
        ListLinks: {
            /** @description This page. */
            self: string;
            /** @description The next page (also sent as a `Link: <…>; rel="next"` header), or null on the last page. */
            next: string | null;
        };
        FacetCount: {
            value: string;
            label?: string;
            count: number;
        };
        ListMeta: {
            /** @description How many rows match the filters (with include_total=true). */
            total?: number;
            /** @description Counts per value over the whole filtered set (with facet=…). */
            facets?: {
                [key: string]: components["schemas"]["FacetCount"][];
            };
        };
        /**
         * @description A document the dataset is built from. Its text is served at links.text, exactly as stored.
         * @example {
         *       "id": "menafn-iraqi-representatives-visit-pentagon",
         *       "title": "Iraqi representatives visit Pentagon for discussions on American troop retreat",
         *       "publisher": "MENAFN",
         *       "author": null,
         *       "url": null,
         *       "language": "en",
         *       "published": {
         *         "edtf": "2024-07-23",
         *         "start": "2024-07-23",
         *         "end": "2024-07-23",
         *         "precision": "day",
         *         "uncertain": false,
         *         "approximate": false,
         *         "basis": "inferred",
         *         "note": "From the MENAFN identifier 'MENAFN23072024000045015687ID1108471425' (23 07 2024); the article text itself gives only 'On Monday'."
         *       },
         *       "notes": "Publisher from the '(MENAFN)' credit and the MENAFN identifier. Boilerplate, not data: the MENAFN 'Legal Disclaimer'.",
         *       "sha256": "572af5f7eb4a1e78e4d2f2a2bf7f3854d8748b23f00124d99f228ff47389a535",
         *       "length": 2419,
         *       "seed_file": "001_8b257eb52a397fb1.txt",
         *       "counts": {
         *         "statements": 9,
         *         "citations": 30
         *       },
         *       "links": {
         *         "self": "/v1/sources/menafn-iraqi-representatives-visit-pentagon",
         *         "text": "/v1/sources/menafn-iraqi-representatives-visit-pentagon/text",
         *         "statements": "/v1/statements?source=menafn-iraqi-representatives-visit-pentagon"
         *       },
         *       "created_at": "2026-01-01T00:00:00.000Z",
         *       "updated_at": "2026-01-01T00:00:00.000Z",
         *       "version": 1
         *     }
         */
        Source: {
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            /** @description The headline; null where the document has none (never invented). */
            title: string | null;
            /** @description The outlet; null where the document does not name it. */
            publisher: string | null;
            author: string | null;
            url: string | null;
            /** @description BCP 47 language tag. */
            language: string;
            published: components["schemas"]["DateValue"];
            /** @description Curator notes: how the publisher or date was identified, what is boilerplate. */
            notes: string | null;
            /** @description SHA-256 of the UTF-8 text. */
            sha256: string;
            /** @description Length of the text in Unicode code points. */
            length: number;
            /** @description The file under seed/documents/ the text came from. */
            seed_file: string | null;
            /** @description How many statements come from it and citations point into it. */
            counts: {
                statements: number;
                citations: number;
            };
            links: {
                /** @description This source. */
                self: string;
                /** @description The text as text/plain. */
                text: string;
                /** @description Statements from this source. */
                statements: string;
            };
            /** @description When the record was created (RFC 3339, UTC). */
            created_at: string;
            /** @description When the record last changed (RFC 3339, UTC). */
            updated_at: string;
            /** @description Bumped on every change to the record. */
            version: number;
        };
        /** @description A source with its full text. */
        SourceDetail: {
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            /** @description The headline; null where the document has none (never invented). */
            title: string | null;
            /** @description The outlet; null where the document does not name it. */
            publisher: string | null;
            author: string | null;
            url: string | null;
            /** @description BCP 47 language tag. */
            language: string;
            published: components["schemas"]["DateValue"];
            /** @description Curator notes: how the publisher or date was identified, what is boilerplate. */
            notes: string | null;
            /** @description SHA-256 of the UTF-8 text. */
            sha256: string;
            /** @description Length of the text in Unicode code points. */
            length: number;
            /** @description The file under seed/documents/ the text came from. */
            seed_file: string | null;
            /** @description How many statements come from it and citations point into it. */
            counts: {
                statements: number;
                citations: number;
            };
            links: {
                /** @description This source. */
                self: string;
                /** @description The text as text/plain. */
                text: string;
                /** @description Statements from this source. */
                statements: string;
            };
            /** @description When the record was created (RFC 3339, UTC). */
            created_at: string;
            /** @description When the record last changed (RFC 3339, UTC). */
            updated_at: string;
            /** @description Bumped on every change to the record. */
            version: number;
            /** @description The full text, exactly as stored (citation offsets count code points into it). */
            text: string;
        };
        /** @description A person’s position in an organization or state, as a source gives it. */
        Affiliation: {
            organization: components["schemas"]["ActorRef"];
            /** @description The title as the source gives it. */
            role: string;
            date: components["schemas"]["DateValue"];
            citations: components["schemas"]["Citation"][];
        };
        /** @description A person affiliated with this organization or state. */
        Member: {
            person: components["schemas"]["ActorRef"];
            role: string;
            date: components["schemas"]["DateValue"];
            citations: components["schemas"]["Citation"][];
        };
        /**
         * @description A person, organization, state or group.
         * @example {
         *       "id": "lloyd-austin",
         *       "kind": "person",
         *       "name": "Lloyd Austin",
         *       "aliases": [
         *         "Austin"
         *       ],
         *       "country": "US",
         *       "description": "US Secretary of Defense; met Iraqi Minister of Defense Thabet Muhammad al-Abbasi to conclude the two-day Joint Security Cooperation Dialogue.",
         *       "affiliations": [
         *         {
         *           "organization": {
         *             "id": "us-department-of-defense",
         *             "name": "US Department of Defense",
         *             "kind": "organization"
         *           },
         *           "role": "Secretary",
         *           "date": {
         *             "edtf": "2024-07-23",
         *             "start": "2024-07-23",
         *             "end": "2024-07-23",
         *             "precision": "day",
         *             "uncertain": false,
         *             "approximate": false,
         *             "basis": "inferred",
         *             "note": "'on Tuesday' in the Rudaw article 002, the closing day of the two-day Joint Security Cooperation Dialogue; resolved to 2024-07-23 because the MENAFN article 001 (published 2024-07-23, inferred from the MENAFN identifier 'MENAFN23072024000045015687ID1108471425' (23 07 2024)) dates the opening session 'On Monday' (2024-07-22)."
         *           },
         *           "citations": [
         *             {
         *               "source_id": "rudaw-us-iraq-reach-understanding",
         *               "start": 1008,
         *               "end": 1055,
         *               "quote": "US Department of Defense Secretary Lloyd Austin"
         *             }
         *           ]
         *         }
         *       ],
         *       "members": [],
         *       "citations": [
         *         {
         *           "source_id": "rudaw-us-iraq-reach-understanding",
         *           "start": 1008,
         *           "end": 1055,
         *           "quote": "US Department of Defense Secretary Lloyd Austin"
         *         }
         *       ],
         *       "links": {
         *         "self": "/v1/actors/lloyd-austin",
         *         "statements": "/v1/statements?speaker=lloyd-austin",
         *         "mentioned_in": "/v1/statements?about=lloyd-austin",
         *         "meetings": "/v1/meetings?participant=lloyd-austin",
         *         "agreements": "/v1/agreements?party=lloyd-austin"
         *       },
         *       "created_at": "2026-01-01T00:00:00.000Z",
         *       "updated_at": "2026-01-01T00:00:00.000Z",
         *       "version": 1
         *     }
         */
        Actor: {
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            /** @enum {string} */
            kind: "person" | "organization" | "state" | "group";
            name: string;
            /** @description Every other name or spelling the sources use. */
            aliases: string[];
            /** @description ISO 3166-1 alpha-2, where it applies. */
            country: string | null;
            description: string | null;
            affiliations: components["schemas"]["Affiliation"][];
            /** @description People affiliated with this actor (for organizations and states). */
            members: components["schemas"]["Member"][];
            citations: components["schemas"]["Citation"][];
            links: {
                /** @description This actor. */
                self: string;
                /** @description Statements this actor made. */
                statements: string;
                /** @description Statements about this actor. */
                mentioned_in: string;
                /** @description Meetings this actor took part in. */
                meetings: string;
                /** @description Agreements this actor is a party to. */
                agreements: string;
            };
            /** @description When the record was created (RFC 3339, UTC). */
            created_at: string;
            /** @description When the record last changed (RFC 3339, UTC). */
            updated_at: string;
            /** @description Bumped on every change to the record. */
            version: number;
        };
        /** @description An actor taking part in a meeting, and in what role. */
        Participant: {
            actor: components["schemas"]["ActorRef"];
            /** @enum {string} */
            role: "chair" | "host" | "delegation_head" | "delegation_member" | "participant" | "spokesperson";
            citations: components["schemas"]["Citation"][];
        };
        /**
         * @description Talks, a dialogue round, a commission meeting, a press briefing…
         * @example {
         *       "id": "state-department-briefing-2024-07-24",
         *       "title": "State Department press briefing (Wednesday)",
         *       "kind": "press_briefing",
         *       "date": {
         *         "edtf": "2024-07-24",
         *         "start": "2024-07-24",
         *         "end": "2024-07-24",
         *         "precision": "day",
         *         "uncertain": false,
         *         "approximate": false,
         *         "basis": "inferred",
         *         "note": "'on Wednesday' in the Rudaw article 002 ('the following day' after the Tuesday session); resolved to 2024-07-24 from the dialogue's closing day 2024-07-23, itself inferred via the MENAFN article 001 (inferred from the MENAFN identifier 'MENAFN23072024000045015687ID1108471425' (23 07 2024))."
         *       },
         *       "location": null,
         *       "description": "Briefing at which Miller told Rudaw that the US military presence in Iraq is discussed separately through the Higher Military Commission.",
         *       "participants": [
         *         {
         *           "actor": {
         *             "id": "mathew-miller",
         *             "name": "Mathew Miller",
         *             "kind": "person"
         *           },
         *           "role": "spokesperson",
         *           "citations": [
         *             {
         *               "source_id": "rudaw-us-iraq-reach-understanding",
         *               "start": 1709,
         *               "end": 1757,
         *               "quote": "State Department Spokesperson Mathew Miller told"
         *             }
         *           ]
         *         },
         *         {
         *           "actor": {
         *             "id": "diyar-kurda",
         *             "name": "Diyar Kurda",
         *             "kind": "person"
         *           },
         *           "role": "participant",
         *           "citations": [
         *             {
         *               "source_id": "rudaw-us-iraq-reach-understanding",
         *               "start": 1753,
         *               "end": 1801,
         *               "quote": "told Rudaw's Diyar Kurda during a press briefing"
         *             }
         *           ]
         *         },
         *         {
         *           "actor": {
         *             "id": "us-state-department",
         *             "name": "State Department",
         *             "kind": "organization"
         *           },
         *           "role": "host",
         *           "citations": [
         *             {
         *               "source_id": "rudaw-us-iraq-reach-understanding",
         *               "start": 1709,
         *               "end": 1752,
         *               "quote": "State Department Spokesperson Mathew Miller"
         *             }
         *           ]
         *         }
         *       ],
         *       "agreements": [],
         *       "citations": [
         *         {
         *           "source_id": "rudaw-us-iraq-reach-understanding",
         *           "start": 1778,
         *           "end": 1814,
         *           "quote": "during a press briefing on Wednesday"
         *         }
         *       ],
         *       "links": {
         *         "self": "/v1/meetings/state-department-briefing-2024-07-24",
         *         "statements": "/v1/statements?meeting=state-department-briefing-2024-07-24",
         *         "agreements": "/v1/agreements?meeting=state-department-briefing-2024-07-24"
         *       },
         *       "created_at": "2026-01-01T00:00:00.000Z",
         *       "updated_at": "2026-01-01T00:00:00.000Z",
         *       "version": 1
         *     }
         */
        Meeting: {
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            title: string;
            /** @enum {string} */
            kind: "talks" | "dialogue_round" | "commission_meeting" | "bilateral_meeting" | "press_briefing" | "consultations";
            date: components["schemas"]["DateValue"];
            location: string | null;
            description: string | null;
            participants: components["schemas"]["Participant"][];
            /** @description Agreements this meeting produced. */
            agreements: components["schemas"]["AgreementRef"][];
            citations: components["schemas"]["Citation"][];
            links: {
                /** @description This meeting. */
                self: string;
                /** @description Statements made at or about this meeting. */
                statements: string;
                /** @description Agreements it produced. */
                agreements: string;
            };
            /** @description When the record was created (RFC 3339, UTC). */
            created_at: string;
            /** @description When the record last changed (RFC 3339, UTC). */
            updated_at: string;
            /** @description Bumped on every change to the record. */
            version: number;
        };
        /** @description A party to an agreement. */
        Party: {
            actor: components["schemas"]["ActorRef"];
            citations: components["schemas"]["Citation"][];
        };
        /**
         * @description An agreement, understanding, decision, resolution or plan, with its status as the sources give it.
         * @example {
         *       "id": "strategic-framework-agreement-2008",
         *       "title": "Strategic Framework Agreement",
         *       "kind": "agreement",
         *       "status": "adopted",
         *       "date": {
         *         "edtf": "2008",
         *         "start": "2008-01-01",
         *         "end": "2008-12-31",
         *         "precision": "year",
         *         "uncertain": false,
         *         "approximate": false,
         *         "basis": "stated",
         *         "note": null
         *       },
         *       "summary": "Framework for US–Iraq relations adopted in 2008, covering cooperation in defense, politics, energy, economy, law, culture, health and technology; the Baghdad technical consultations are part of it.",
         *       "meeting": null,
         *       "parties": [
         *         {
         *           "actor": {
         *             "id": "united-states",
         *             "name": "United States",
         *             "kind": "state"
         *           },
         *           "citations": [
         *             {
         *               "source_id": "rudaw-baghdad-technical-consultations",
         *               "start": 550,
         *               "end": 583,
         *               "quote": "a framework for US-Iraq relations"
         *             }
         *           ]
         *         },
         *         {
         *           "actor": {
         *             "id": "iraq",
         *             "name": "Iraq",
         *             "kind": "state"
         *           },
         *           "citations": [
         *             {
         *               "source_id": "rudaw-baghdad-technical-consultations",
         *               "start": 550,
         *               "end": 583,
         *               "quote": "a framework for US-Iraq relations"
         *             }
         *           ]
         *         }
         *       ],
         *       "citations": [
         *         {
         *           "source_id": "rudaw-baghdad-technical-consultations",
         *           "start": 497,
         *           "end": 583,
         *           "quote": "the Strategic Framework Agreement adopted in 2008 as a framework for US-Iraq relations"
         *         }
         *       ],
         *       "links": {
         *         "self": "/v1/agreements/strategic-framework-agreement-2008",
         *         "statements": "/v1/statements?agreement=strategic-framework-agreement-2008"
         *       },
         *       "created_at": "2026-01-01T00:00:00.000Z",
         *       "updated_at": "2026-01-01T00:00:00.000Z",
         *       "version": 1
         *     }
         */
        Agreement: {
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            title: string;
            /** @enum {string} */
            kind: "agreement" | "understanding" | "decision" | "resolution" | "plan";
            /**
             * @description adopted, reached, announced, reported_unconfirmed (reported, not confirmed by a party), planned, or disputed (sources disagree; see the statements about it).
             * @enum {string}
             */
            status: "adopted" | "reached" | "announced" | "reported_unconfirmed" | "planned" | "disputed";
            date: components["schemas"]["DateValue"];
            summary: string | null;
            /** @description The meeting that produced it, where one did. */
            meeting: components["schemas"]["MeetingRef"] | null;
            parties: components["schemas"]["Party"][];
            citations: components["schemas"]["Citation"][];
            links: {
                /** @description This agreement. */
                self: string;
                /** @description Statements about this agreement. */
                statements: string;
            };
            /** @description When the record was created (RFC 3339, UTC). */
            created_at: string;
            /** @description When the record last changed (RFC 3339, UTC). */
            updated_at: string;
            /** @description Bumped on every change to the record. */
            version: number;
        };
        /**
         * @description Something said or claimed, in the exact words of its source.
         * @example {
         *       "id": "austin-bond-10th-year-coalition",
         *       "kind": "quote",
         *       "text": "Our bond is especially important as we mark the 10th year of the global coalition to defeat Daesh, and I'm proud to have been a part of that fight,",
         *       "speakers": [
         *         {
         *           "id": "lloyd-austin",
         *           "name": "Lloyd Austin",
         *           "kind": "person"
         *         }
         *       ],
         *       "date": {
         *         "edtf": "2024-07-23",
         *         "start": "2024-07-23",
         *         "end": "2024-07-23",
         *         "precision": "day",
         *         "uncertain": false,
         *         "approximate": false,
         *         "basis": "inferred",
         *         "note": "'on Tuesday' in the Rudaw article 002, the closing day of the two-day Joint Security Cooperation Dialogue; resolved to 2024-07-23 because the MENAFN article 001 (published 2024-07-23, inferred from the MENAFN identifier 'MENAFN23072024000045015687ID1108471425' (23 07 2024)) dates the opening session 'On Monday' (2024-07-22)."
         *       },
         *       "source": {
         *         "id": "rudaw-us-iraq-reach-understanding",
         *         "publisher": "Rudaw",
         *         "title": "US, Iraq reach understanding on new phase of security ties",
         *         "published": {
         *           "edtf": "2024-07-24?",
         *           "start": "2024-07-24",
         *           "end": "2024-07-24",
         *           "precision": "day",
         *           "uncertain": true,
         *           "approximate": false,
         *           "basis": "inferred",
         *           "note": "The text gives only '3 hours ago'. It reports a meeting that ended 'on Tuesday', a joint statement 'released the following day' and a State Department briefing 'on Wednesday', so it was written on that Wednesday or later. The Tuesday is 2024-07-23: the same two-day dialogue opened 'On Monday' per the MENAFN article 001 (published 2024-07-23, inferred from the MENAFN identifier 'MENAFN23072024000045015687ID1108471425' (23 07 2024)). Hence 2024-07-24 at the earliest and most likely, but uncertain. Boilerplate evidence only (not data): the unrelated 'The Latest' sidebar shows a photo dated 'July 18, 2024', consistent with late July 2024."
         *         }
         *       },
         *       "meeting": {
         *         "id": "jscd-2024-07-washington",
         *         "title": "US–Iraq Joint Security Cooperation Dialogue, Washington",
         *         "date": {
         *           "edtf": "2024-07-22/2024-07-23",
         *           "start": "2024-07-22",
         *           "end": "2024-07-23",
         *           "precision": "day",
         *           "uncertain": false,
         *           "approximate": false,
         *           "basis": "inferred",
         *           "note": "Two days, Monday and Tuesday. The MENAFN article 001 (published 2024-07-23, inferred from the MENAFN identifier 'MENAFN23072024000045015687ID1108471425' (23 07 2024)) says officials 'convened at the Pentagon' 'On Monday', i.e. 2024-07-22. The Rudaw article 002 says the officials 'met in Washington on Tuesday' and that Austin met al-Abbasi 'on Tuesday to conclude the two-day Joint Security Cooperation Dialogue', i.e. 2024-07-23 (2024-07-23 was a Tuesday). Same delegations in both (Central Command; Ministry of Defence, CTS, Peshmerga), so both describe this one meeting."
         *         }
         *       },
         *       "agreement": null,
         *       "about": [
         *         {
         *           "id": "global-coalition",
         *           "name": "Global Coalition",
         *           "kind": "organization"
         *         },
         *         {
         *           "id": "isis",
         *           "name": "ISIS",
         *           "kind": "group"
         *         },
         *         {
         *           "id": "iraq",
         *           "name": "Iraq",
         *           "kind": "state"
         *         }
         *       ],
         *       "topics": [
         *         "coalition-future",
         *         "counterterrorism"
         *       ],
         *       "citations": [
         *         {
         *           "source_id": "rudaw-us-iraq-reach-understanding",
         *           "start": 853,
         *           "end": 1000,
         *           "quote": "Our bond is especially important as we mark the 10th year of the global coalition to defeat Daesh, and I'm proud to have been a part of that fight,"
         *         },
         *         {
         *           "source_id": "rudaw-us-iraq-reach-understanding",
         *           "start": 1003,
         *           "end": 1066,
         *           "quote": "said US Department of Defense Secretary Lloyd Austin on Tuesday"
         *         }
         *       ],
         *       "links": {
         *         "self": "/v1/statements/austin-bond-10th-year-coalition",
         *         "source": "/v1/sources/rudaw-us-iraq-reach-understanding",
         *         "source_text": "/v1/sources/rudaw-us-iraq-reach-understanding/text"
         *       },
         *       "created_at": "2026-01-01T00:00:00.000Z",
         *       "updated_at": "2026-01-01T00:00:00.000Z",
         *       "version": 1
         *     }
         */
        Statement: {
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            /**
             * @description quote: a speaker’s verbatim words; joint_statement; paraphrase; report: a claim the source attributes to someone or makes itself.
             * @enum {string}
             */
            kind: "quote" | "joint_statement" | "paraphrase" | "report";
            /** @description A verbatim span of the source (its offsets are the first citation). */
            text: string;
            /** @description Who said it; a joint statement lists every party; a report by the outlet itself names the outlet. */
            speakers: components["schemas"]["ActorRef"][];
            date: components["schemas"]["DateValue"];
            source: components["schemas"]["SourceRef"];
            meeting: components["schemas"]["MeetingRef"] | null;
            agreement: components["schemas"]["AgreementRef"] | null;
            /** @description Actors the statement is about. */
            about: components["schemas"]["ActorRef"][];
            topics: ("withdrawal" | "troop-levels" | "coalition-future" | "bilateral-security" | "training" | "counterterrorism" | "military-assistance" | "force-protection" | "militia-attacks" | "sovereignty" | "elections" | "regional-stability" | "economic-ties")[];
            /** @description The statement’s own span first, then the words that attribute it. */
            citations: components["schemas"]["Citation"][];
            links: {
                /** @description This statement. */
                self: string;
                /** @description Its source. */
                source: string;
                /** @description The source text, to see the statement in context. */
                source_text: string;
            };
            /** @description When the record was created (RFC 3339, UTC). */
            created_at: string;
            /** @description When the record last changed (RFC 3339, UTC). */
            updated_at: string;
            /** @description Bumped on every change to the record. */
            version: number;
        };
        /** @description A page of results. Follow links.next (or the Link header) for the next page. */
        ActorList: {
            data: components["schemas"]["Actor"][];
            links: components["schemas"]["ListLinks"];
            meta?: components["schemas"]["ListMeta"];
        };
        /** @description A page of results. Follow links.next (or the Link header) for the next page. */
        AgreementList: {
            data: components["schemas"]["Agreement"][];
            links: components["schemas"]["ListLinks"];
            meta?: components["schemas"]["ListMeta"];
        };
        /** @description One entry of the change log. */
        Change: {
            /** @description Position in the change log; the dataset revision after this change. */
            seq: number;
            /** @enum {string} */
            entity_type: "source" | "actor" | "meeting" | "agreement" | "statement";
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            /**
             * @description upsert: the record was created or replaced; delete: a tombstone.
             * @enum {string}
             */
            op: "upsert" | "delete";
            /** @description The record’s version after the change (for a delete, one past the last). */
            version: number;
            /** @description When the change was committed (RFC 3339, UTC). */
            changed_at: string;
            /** @description Who made it: "seed", or the name of the API key. */
            author: string;
            /** @description For an upsert, the full record as stored: its fields in snake_case, relations by id (speakers, about, topics, participants, parties, affiliations) with their citations, dates as {edtf, start, end, basis, note}, and created_at, updated_at, version. Null for a delete. */
            data: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Changes after `since`, oldest first. */
        ChangeFeed: {
            data: components["schemas"]["Change"][];
            /** @description Pass as `since` to get what follows; equals `since` when nothing was returned. */
            next_since: number;
            /** @description The dataset revision when this page was read. */
            revision: number;
            links: {
                self: string;
                /** @description The next page of the feed (it may be empty until something changes). */
                next: string;
            };
        };
        SearchHit: {
            /** @enum {string} */
            type: "statement" | "actor" | "meeting" | "agreement" | "source";
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            /** @description The name or title; for a statement, its text (shortened); for a source, its title or publisher. */
            title: string;
            /** @description bm25 score: lower is a better match (SQLite FTS5 convention). */
            rank: number;
            /** @description The matching passage, HTML-escaped, with each match wrapped in <mark>…</mark>. */
            snippet: string;
            links: {
                self: string;
            };
        };
        /** @description Search hits, best first. */
        SearchResults: {
            data: components["schemas"]["SearchHit"][];
            links: components["schemas"]["ListLinks"];
            meta: {
                /** @description How many records match. */
                total: number;
                /** @description The query as given. */
                query: string;
            };
        };
        TimelineItem: {
            /** @enum {string} */
            type: "meeting" | "agreement" | "statement";
            /**
             * @description A stable, URL-safe slug that never changes once published.
             * @example lloyd-austin
             */
            id: string;
            /** @description The meeting or agreement title, or the statement text. */
            title: string;
            date: components["schemas"]["DateValue"];
            /** @description Participants, parties, or speakers. */
            actors: components["schemas"]["ActorRef"][];
            links: {
                self: string;
            };
        };
        /** @description Meetings, agreements and statements in chronological order of the first day their date covers. */
        Timeline: {
            data: components["schemas"]["TimelineItem"][];
            links: components["schemas"]["ListLinks"];
            meta: {
                /** @description Items that match the actor/topic filters but have no date, so cannot be placed on the timeline, per type. */
                undated: {
                    [key: string]: number;
                };
            };
        };
        DatasetIndex: {
            name: string;
            description: string;
            /** @description The dataset revision: it increases with every change. */
            revision: number;
            /** @description Rows per collection, and citations. */
            counts: {
                [key: string]: number;
            };
            /** @description The closed lists of values the enum fields and filters take. */
            vocabularies: {
                [key: string]: string[];
            };
            /** @description Every collection, search, the timeline, the OpenAPI document and the docs. */
            links: {
                [key: string]: string;
            };
        };
        /** @description A page of results. Follow links.next (or the Link header) for the next page. */
        MeetingList: {
            data: components["schemas"]["Meeting"][];
            links: components["schemas"]["ListLinks"];
            meta?: components["schemas"]["ListMeta"];
        };
        /** @description A page of results. Follow links.next (or the Link header) for the next page. */
        SourceList: {
            data: components["schemas"]["Source"][];
            links: components["schemas"]["ListLinks"];
            meta?: components["schemas"]["ListMeta"];
        };
        /** @description A page of results. Follow links.next (or the Link header) for the next page. */
        StatementList: {
            data: components["schemas"]["Statement"][];
            links: components["schemas"]["ListLinks"];
            meta?: components["schemas"]["ListMeta"];
        };
        StatementSuggestion: {
            /** @description A statement in the curated input form (as in seed/statements.yaml and the body of POST /v1/statements), ready to post once checked. */
            draft: {
                id: string;
                /** @enum {string} */
                kind: "quote" | "joint_statement" | "paraphrase" | "report";
                source_id: string;
                text: string;
                occurrence?: number;
                /** @description The likely speakers (actor ids); empty when the attribution names no known actor: add one before posting. */
                speakers: string[];
                date: {
                    edtf: string | null;
                    /** @enum {string} */
                    basis: "stated" | "inferred" | "unknown";
                    note?: string;
                };
                meeting_id?: string;
                agreement_id?: string;
                /** @default [] */
                about: string[];
                /** @default [] */
                topics: ("withdrawal" | "troop-levels" | "coalition-future" | "bilateral-security" | "training" | "counterterrorism" | "military-assistance" | "force-protection" | "militia-attacks" | "sovereignty" | "elections" | "regional-stability" | "economic-ties")[];
                /** @default [] */
                citations: ({
                    source_id: string;
                    /** @description The exact words; curly and straight quotation marks match each other. */
                    quote: string;
                    /** @description Which occurrence (1-based) when the words occur more than once. */
                    occurrence?: number;
                } | {
                    source_id: string;
                    /** @description Offset of the first character, in code points. */
                    start: number;
                    /** @description Offset just past the last character, in code points. */
                    end: number;
                    /** @description If given, must equal the text at these offsets (so a citation copied from a GET can be sent back as it is). */
                    quote?: string;
                })[];
            };
            /** @description How the speaker and date were found, and what a curator should check. */
            note?: string;
            /** @description The words that attribute the quote, e.g. "Ryder said". */
            attribution?: string;
        };
        /** @description Annotation suggestions for a source, computed from its text and the known actors and meetings; nothing is written. Heuristic: check every draft before posting it. */
        Suggestions: {
            /** @description Every direct quote, in text order: one draft per paragraph of a quotation. */
            statements: components["schemas"]["StatementSuggestion"][];
            /** @description Known actors the text mentions, in order of first mention. */
            actors: {
                actor_id: string;
                /** @description Each mention of the actor’s name or an alias. */
                citations: {
                    source_id: string;
                    /** @description Offset of the first character, in code points. */
                    start: number;
                    /** @description Offset just past the last character, in code points. */
                    end: number;
                }[];
            }[];
            /** @description Known meetings whose title words the text nearly all repeats in one sentence. */
            meetings: {
                meeting_id: string;
                /** @description The words matching the meeting’s title. */
                citations: {
                    source_id: string;
                    /** @description Offset of the first character, in code points. */
                    start: number;
                    /** @description Offset just past the last character, in code points. */
                    end: number;
                }[];
            }[];
        };
        /** @description A new source. Its sha256 is computed by the server; the same text twice is a 409. */
        SourceCreate: {
            /** @description A slug; left out, one is made from the name or title. It never changes once created. */
            id?: string;
            title: string | null;
            publisher: string | null;
            author?: string | null;
            url?: string | null;
            language: string;
            published: {
                edtf: string | null;
                /** @enum {string} */
                basis: "stated" | "inferred" | "unknown";
                note?: string;
            };
            notes?: string;
            /** @description The full text, exactly as published; stored byte for byte. */
            text: string;
        };
        /** @description A new actor, with its affiliations and citations. */
        ActorCreate: {
            /** @description A slug; left out, one is made from the name or title. It never changes once created. */
            id?: string;
            /** @enum {string} */
            kind: "person" | "organization" | "state" | "group";
            name: string;
            /** @default [] */
            aliases: string[];
            country?: string;
            description?: string;
            citations: ({
                source_id: string;
                /** @description The exact words; curly and straight quotation marks match each other. */
                quote: string;
                /** @description Which occurrence (1-based) when the words occur more than once. */
                occurrence?: number;
            } | {
                source_id: string;
                /** @description Offset of the first character, in code points. */
                start: number;
                /** @description Offset just past the last character, in code points. */
                end: number;
                /** @description If given, must equal the text at these offsets (so a citation copied from a GET can be sent back as it is). */
                quote?: string;
            })[];
            /** @default [] */
            affiliations: {
                organization_id: string;
                role: string;
                date: {
                    edtf: string | null;
                    /** @enum {string} */
                    basis: "stated" | "inferred" | "unknown";
                    note?: string;
                };
                citations: ({
                    source_id: string;
                    /** @description The exact words; curly and straight quotation marks match each other. */
                    quote: string;
                    /** @description Which occurrence (1-based) when the words occur more than once. */
                    occurrence?: number;
                } | {
                    source_id: string;
                    /** @description Offset of the first character, in code points. */
                    start: number;
                    /** @description Offset just past the last character, in code points. */
                    end: number;
                    /** @description If given, must equal the text at these offsets (so a citation copied from a GET can be sent back as it is). */
                    quote?: string;
                })[];
            }[];
        };
        /** @description A new meeting, with its participants and citations. */
        MeetingCreate: {
            /** @description A slug; left out, one is made from the name or title. It never changes once created. */
            id?: string;
            title: string;
            /** @enum {string} */
            kind: "talks" | "dialogue_round" | "commission_meeting" | "bilateral_meeting" | "press_briefing" | "consultations";
            date: {
                edtf: string | null;
                /** @enum {string} */
                basis: "stated" | "inferred" | "unknown";
                note?: string;
            };
            location?: string;
            description?: string;
            citations: ({
                source_id: string;
                /** @description The exact words; curly and straight quotation marks match each other. */
                quote: string;
                /** @description Which occurrence (1-based) when the words occur more than once. */
                occurrence?: number;
            } | {
                source_id: string;
                /** @description Offset of the first character, in code points. */
                start: number;
                /** @description Offset just past the last character, in code points. */
                end: number;
                /** @description If given, must equal the text at these offsets (so a citation copied from a GET can be sent back as it is). */
                quote?: string;
            })[];
            /** @default [] */
            participants: {
                actor_id: string;
                /** @enum {string} */
                role: "chair" | "host" | "delegation_head" | "delegation_member" | "participant" | "spokesperson";
                citations: ({
                    source_id: string;
                    /** @description The exact words; curly and straight quotation marks match each other. */
                    quote: string;
                    /** @description Which occurrence (1-based) when the words occur more than once. */
                    occurrence?: number;
                } | {
                    source_id: string;
                    /** @description Offset of the first character, in code points. */
                    start: number;
                    /** @description Offset just past the last character, in code points. */
                    end: number;
                    /** @description If given, must equal the text at these offsets (so a citation copied from a GET can be sent back as it is). */
                    quote?: string;
                })[];
            }[];
        };
        /** @description A new agreement, with its parties and citations. */
        AgreementCreate: {
            /** @description A slug; left out, one is made from the name or title. It never changes once created. */
            id?: string;
            title: string;
            /** @enum {string} */
            kind: "agreement" | "understanding" | "decision" | "resolution" | "plan";
            /** @enum {string} */
            status: "adopted" | "reached" | "announced" | "reported_unconfirmed" | "planned" | "disputed";
            date: {
                edtf: string | null;
                /** @enum {string} */
                basis: "stated" | "inferred" | "unknown";
                note?: string;
            };
            summary?: string;
            meeting_id?: string;
            citations: ({
                source_id: string;
                /** @description The exact words; curly and straight quotation marks match each other. */
                quote: string;
                /** @description Which occurrence (1-based) when the words occur more than once. */
                occurrence?: number;
            } | {
                source_id: string;
                /** @description Offset of the first character, in code points. */
                start: number;
                /** @description Offset just past the last character, in code points. */
                end: number;
                /** @description If given, must equal the text at these offsets (so a citation copied from a GET can be sent back as it is). */
                quote?: string;
            })[];
            /** @default [] */
            parties: {
                actor_id: string;
                citations: ({
                    source_id: string;
                    /** @description The exact words; curly and straight quotation marks match each other. */
                    quote: string;
                    /** @description Which occurrence (1-based) when the words occur more than once. */
                    occurrence?: number;
                } | {
                    source_id: string;
                    /** @description Offset of the first character, in code points. */
                    start: number;
                    /** @description Offset just past the last character, in code points. */
                    end: number;
                    /** @description If given, must equal the text at these offsets (so a citation copied from a GET can be sent back as it is). */
                    quote?: string;
                })[];
            }[];
        };
        /** @description A new statement: `text` must be a verbatim span of its source (add `occurrence` when the words occur more than once). */
        StatementCreate: {
            /** @description A slug; left out, one is made from the name or title. It never changes once created. */
            id?: string;
            /** @enum {string} */
            kind: "quote" | "joint_statement" | "paraphrase" | "report";
            source_id: string;
            text: string;
            occurrence?: number;
            speakers: string[];
            date: {
                edtf: string | null;
                /** @enum {string} */
                basis: "stated" | "inferred" | "unknown";
                note?: string;
            };
            meeting_id?: string;
            agreement_id?: string;
            /** @default [] */
            about: string[];
            /** @default [] */
            topics: ("withdrawal" | "troop-levels" | "coalition-future" | "bilateral-security" | "training" | "counterterrorism" | "military-assistance" | "force-protection" | "militia-attacks" | "sovereignty" | "elections" | "regional-stability" | "economic-ties")[];
            /** @default [] */
            citations: ({
                source_id: string;
                /** @description The exact words; curly and straight quotation marks match each other. */
                quote: string;
                /** @description Which occurrence (1-based) when the words occur more than once. */
                occurrence?: number;
            } | {
                source_id: string;
                /** @description Offset of the first character, in code points. */
                start: number;
                /** @description Offset just past the last character, in code points. */
                end: number;
                /** @description If given, must equal the text at these offsets (so a citation copied from a GET can be sent back as it is). */
                quote?: string;
            })[];
        };
        /** @description A JSON Merge Patch (RFC 7396) of the record in its create form: members given replace the current ones, null removes an optional member, arrays (relations, citations) are replaced whole. Send as application/merge-patch+json or application/json. */
        MergePatch: {
            [key: string]: unknown;
        };
        MergeBody: {
            /** @description The surviving record’s id. */
            into: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: {
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: {
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIndex: {
        parameters: {
            query?: {
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The index. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetIndex"];
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description What to search for: words (all must match), "exact phrases", word* prefixes, OR, NOT or -word. Case and accents are ignored. */
                q: string;
                /** @description Only these kinds of records. Comma-separated; several values mean OR. One of: statement, actor, meeting, agreement, source. */
                type?: string;
                /** @description Page size, 1-500 (default 50). */
                limit?: number;
                /** @description The opaque cursor from links.next (or the Link header); valid only with the same filters and sort. */
                cursor?: string;
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hits, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTimeline: {
        parameters: {
            query?: {
                /** @description Only items whose date overlaps this date or later: an ISO or EDTF date. Matching is by overlap, so an item dated 2024-07 matches from=2024-07-20. Undated items never match. */
                from?: string;
                /** @description Only items whose date overlaps this date or earlier: an ISO or EDTF date (to=2024 means through 2024-12-31). Undated items never match. */
                to?: string;
                /** @description Only items involving these actors: meeting participants, agreement parties, statement speakers or subjects (ids). Comma-separated; several values mean OR. */
                actor?: string;
                /** @description Only statements on these topics, and meetings and agreements with a statement on them. Comma-separated; several values mean OR. One of: withdrawal, troop-levels, coalition-future, bilateral-security, training, counterterrorism, military-assistance, force-protection, militia-attacks, sovereignty, elections, regional-stability, economic-ties. */
                topic?: string;
                /** @description Only these kinds of items. Comma-separated; several values mean OR. One of: meeting, agreement, statement. */
                type?: string;
                /** @description date (default, oldest first) or -date. */
                sort?: "date" | "-date";
                /** @description Page size, 1-500 (default 50). */
                limit?: number;
                /** @description The opaque cursor from links.next (or the Link header); valid only with the same filters and sort. */
                cursor?: string;
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the timeline. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Sources from these publishers (exact names). Comma-separated; several values mean OR. */
                publisher?: string;
                /** @description Sources in these languages (BCP 47). Comma-separated; several values mean OR. One of: en. */
                language?: string;
                /** @description Only items whose date overlaps this date or later: an ISO or EDTF date. Matching is by overlap, so an item dated 2024-07 matches from=2024-07-20. Undated items never match. */
                from?: string;
                /** @description Only items whose date overlaps this date or earlier: an ISO or EDTF date (to=2024 means through 2024-12-31). Undated items never match. */
                to?: string;
                /** @description Full-text search in the title and text. */
                q?: string;
                /** @description Only records changed at or after this instant (RFC 3339). */
                updated_since?: string;
                /** @description Sort order; prefix with - for descending. Default published. Ties are broken by id. */
                sort?: "published" | "-published" | "title" | "-title" | "publisher" | "-publisher" | "id" | "-id" | "updated_at" | "-updated_at";
                /** @description Page size, 1-500 (default 50). */
                limit?: number;
                /** @description The opaque cursor from links.next (or the Link header); valid only with the same filters and sort. */
                cursor?: string;
                /** @description Add meta.total, the number of matching rows. */
                include_total?: "true" | "false";
                /** @description Count matching rows per value of these fields, over the whole filtered set, in meta.facets. Comma-separated; several values mean OR. One of: publisher, language. */
                facet?: string;
                /** @description Return only these fields of each item (sparse fieldset). Comma-separated; several values mean OR. One of: id, title, publisher, author, url, language, published, notes, sha256, length, seed_file, counts, links, created_at, updated_at, version. */
                fields?: string;
                /** @description csv: every matching row (not one page) as RFC 4180 CSV, like `Accept: text/csv`. Default json. */
                format?: "json" | "csv";
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sources (JSON), or every matching row (CSV). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceList"];
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body returns the original answer; with another body, a 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceCreate"];
            };
        };
        responses: {
            /** @description The new source; its URL is in Location, its ETag in ETag. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: {
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Permanent Redirect: this id was merged into another record; Location is its URL. */
            308: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET of the record (required): a stale one is a 412, none a 428. */
                "if-match"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: the If-Match ETag is stale; GET the record again and reapply the change. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: send If-Match with the ETag of the record. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET of the record (required): a stale one is a 412, none a 428. */
                "if-match"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergePatch"];
            };
        };
        responses: {
            /** @description The source as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: the If-Match ETag is stale; GET the record again and reapply the change. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: send If-Match with the ETag of the record. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSourceText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suggestAnnotations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suggestions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Suggestions"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActors: {
        parameters: {
            query?: {
                /** @description Actors of these kinds. Comma-separated; several values mean OR. One of: person, organization, state, group. */
                kind?: string;
                /** @description Actors of these countries (ISO 3166-1 alpha-2). Comma-separated; several values mean OR. */
                country?: string;
                /** @description Actors named in these sources (ids): those with a citation into them. Comma-separated; several values mean OR. */
                source?: string;
                /** @description Part of a name or alias, ignoring case and accents ("sudani" finds Mohammed Shia Al Sudani). */
                q?: string;
                /** @description Only records changed at or after this instant (RFC 3339). */
                updated_since?: string;
                /** @description Sort order; prefix with - for descending. Default name. Ties are broken by id. */
                sort?: "name" | "-name" | "kind" | "-kind" | "id" | "-id" | "updated_at" | "-updated_at";
                /** @description Page size, 1-500 (default 50). */
                limit?: number;
                /** @description The opaque cursor from links.next (or the Link header); valid only with the same filters and sort. */
                cursor?: string;
                /** @description Add meta.total, the number of matching rows. */
                include_total?: "true" | "false";
                /** @description Count matching rows per value of these fields, over the whole filtered set, in meta.facets. Comma-separated; several values mean OR. One of: kind, country. */
                facet?: string;
                /** @description Return only these fields of each item (sparse fieldset). Comma-separated; several values mean OR. One of: id, kind, name, aliases, country, description, affiliations, members, citations, links, created_at, updated_at, version. */
                fields?: string;
                /** @description csv: every matching row (not one page) as RFC 4180 CSV, like `Accept: text/csv`. Default json. */
                format?: "json" | "csv";
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of actors (JSON), or every matching row (CSV). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorList"];
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body returns the original answer; with another body, a 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActorCreate"];
            };
        };
        responses: {
            /** @description The new actor; its URL is in Location, its ETag in ETag. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActor: {
        parameters: {
            query?: {
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Permanent Redirect: this id was merged into another record; Location is its URL. */
            308: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET of the record (required): a stale one is a 412, none a 428. */
                "if-match"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: the If-Match ETag is stale; GET the record again and reapply the change. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: send If-Match with the ETag of the record. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET of the record (required): a stale one is a 412, none a 428. */
                "if-match"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergePatch"];
            };
        };
        responses: {
            /** @description The actor as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: the If-Match ETag is stale; GET the record again and reapply the change. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: send If-Match with the ETag of the record. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body returns the original answer; with another body, a 422. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeBody"];
            };
        };
        responses: {
            /** @description The surviving actor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeetings: {
        parameters: {
            query?: {
                /** @description Meetings these actors took part in (ids). Comma-separated; several values mean OR. */
                participant?: string;
                /** @description Meetings whose location contains one of these words (case- and accent-insensitive). Comma-separated; several values mean OR. */
                location?: string;
                /** @description Meetings of these kinds. Comma-separated; several values mean OR. One of: talks, dialogue_round, commission_meeting, bilateral_meeting, press_briefing, consultations. */
                kind?: string;
                /** @description Meetings cited in these sources (ids). Comma-separated; several values mean OR. */
                source?: string;
                /** @description Only items whose date overlaps this date or later: an ISO or EDTF date. Matching is by overlap, so an item dated 2024-07 matches from=2024-07-20. Undated items never match. */
                from?: string;
                /** @description Only items whose date overlaps this date or earlier: an ISO or EDTF date (to=2024 means through 2024-12-31). Undated items never match. */
                to?: string;
                /** @description Only records changed at or after this instant (RFC 3339). */
                updated_since?: string;
                /** @description Sort order; prefix with - for descending. Default date. Ties are broken by id. */
                sort?: "date" | "-date" | "title" | "-title" | "id" | "-id" | "updated_at" | "-updated_at";
                /** @description Page size, 1-500 (default 50). */
                limit?: number;
                /** @description The opaque cursor from links.next (or the Link header); valid only with the same filters and sort. */
                cursor?: string;
                /** @description Add meta.total, the number of matching rows. */
                include_total?: "true" | "false";
                /** @description Count matching rows per value of these fields, over the whole filtered set, in meta.facets. Comma-separated; several values mean OR. One of: participant, kind, location. */
                facet?: string;
                /** @description Return only these fields of each item (sparse fieldset). Comma-separated; several values mean OR. One of: id, title, kind, date, location, description, participants, agreements, citations, links, created_at, updated_at, version. */
                fields?: string;
                /** @description csv: every matching row (not one page) as RFC 4180 CSV, like `Accept: text/csv`. Default json. */
                format?: "json" | "csv";
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of meetings (JSON), or every matching row (CSV). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingList"];
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body returns the original answer; with another body, a 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingCreate"];
            };
        };
        responses: {
            /** @description The new meeting; its URL is in Location, its ETag in ETag. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeeting: {
        parameters: {
            query?: {
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Permanent Redirect: this id was merged into another record; Location is its URL. */
            308: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET of the record (required): a stale one is a 412, none a 428. */
                "if-match"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: the If-Match ETag is stale; GET the record again and reapply the change. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: send If-Match with the ETag of the record. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET of the record (required): a stale one is a 412, none a 428. */
                "if-match"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergePatch"];
            };
        };
        responses: {
            /** @description The meeting as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: the If-Match ETag is stale; GET the record again and reapply the change. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: send If-Match with the ETag of the record. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body returns the original answer; with another body, a 422. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeBody"];
            };
        };
        responses: {
            /** @description The surviving meeting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgreements: {
        parameters: {
            query?: {
                /** @description Agreements these actors are party to (ids). Comma-separated; several values mean OR. */
                party?: string;
                /** @description Agreements with these statuses. Comma-separated; several values mean OR. One of: adopted, reached, announced, reported_unconfirmed, planned, disputed. */
                status?: string;
                /** @description Agreements of these kinds. Comma-separated; several values mean OR. One of: agreement, understanding, decision, resolution, plan. */
                kind?: string;
                /** @description Agreements produced by these meetings (ids). Comma-separated; several values mean OR. */
                meeting?: string;
                /** @description Agreements cited in these sources (ids). Comma-separated; several values mean OR. */
                source?: string;
                /** @description Only items whose date overlaps this date or later: an ISO or EDTF date. Matching is by overlap, so an item dated 2024-07 matches from=2024-07-20. Undated items never match. */
                from?: string;
                /** @description Only items whose date overlaps this date or earlier: an ISO or EDTF date (to=2024 means through 2024-12-31). Undated items never match. */
                to?: string;
                /** @description Only records changed at or after this instant (RFC 3339). */
                updated_since?: string;
                /** @description Sort order; prefix with - for descending. Default date. Ties are broken by id. */
                sort?: "date" | "-date" | "title" | "-title" | "status" | "-status" | "id" | "-id" | "updated_at" | "-updated_at";
                /** @description Page size, 1-500 (default 50). */
                limit?: number;
                /** @description The opaque cursor from links.next (or the Link header); valid only with the same filters and sort. */
                cursor?: string;
                /** @description Add meta.total, the number of matching rows. */
                include_total?: "true" | "false";
                /** @description Count matching rows per value of these fields, over the whole filtered set, in meta.facets. Comma-separated; several values mean OR. One of: party, status, kind, meeting. */
                facet?: string;
                /** @description Return only these fields of each item (sparse fieldset). Comma-separated; several values mean OR. One of: id, title, kind, status, date, summary, meeting, parties, citations, links, created_at, updated_at, version. */
                fields?: string;
                /** @description csv: every matching row (not one page) as RFC 4180 CSV, like `Accept: text/csv`. Default json. */
                format?: "json" | "csv";
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agreements (JSON), or every matching row (CSV). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementList"];
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body returns the original answer; with another body, a 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementCreate"];
            };
        };
        responses: {
            /** @description The new agreement; its URL is in Location, its ETag in ETag. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query?: {
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Permanent Redirect: this id was merged into another record; Location is its URL. */
            308: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET of the record (required): a stale one is a 412, none a 428. */
                "if-match"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: the If-Match ETag is stale; GET the record again and reapply the change. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: send If-Match with the ETag of the record. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET of the record (required): a stale one is a 412, none a 428. */
                "if-match"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergePatch"];
            };
        };
        responses: {
            /** @description The agreement as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: the If-Match ETag is stale; GET the record again and reapply the change. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: send If-Match with the ETag of the record. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body returns the original answer; with another body, a 422. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeBody"];
            };
        };
        responses: {
            /** @description The surviving agreement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStatements: {
        parameters: {
            query?: {
                /** @description Statements made by these actors (ids). Comma-separated; several values mean OR. */
                speaker?: string;
                /** @description Statements about these actors (ids). Comma-separated; several values mean OR. */
                about?: string;
                /** @description Statements of these kinds. Comma-separated; several values mean OR. One of: quote, joint_statement, paraphrase, report. */
                kind?: string;
                /** @description Statements on these topics. Comma-separated; several values mean OR. One of: withdrawal, troop-levels, coalition-future, bilateral-security, training, counterterrorism, military-assistance, force-protection, militia-attacks, sovereignty, elections, regional-stability, economic-ties. */
                topic?: string;
                /** @description Statements from these sources (ids). Comma-separated; several values mean OR. */
                source?: string;
                /** @description Statements made at or about these meetings (ids). Comma-separated; several values mean OR. */
                meeting?: string;
                /** @description Statements about these agreements (ids). Comma-separated; several values mean OR. */
                agreement?: string;
                /** @description Only items whose date overlaps this date or later: an ISO or EDTF date. Matching is by overlap, so an item dated 2024-07 matches from=2024-07-20. Undated items never match. */
                from?: string;
                /** @description Only items whose date overlaps this date or earlier: an ISO or EDTF date (to=2024 means through 2024-12-31). Undated items never match. */
                to?: string;
                /** @description Full-text search in the statement text: words, "exact phrases", word* prefixes, OR, NOT or -word. */
                q?: string;
                /** @description Only records changed at or after this instant (RFC 3339). */
                updated_since?: string;
                /** @description Sort order; prefix with - for descending. Default date. Ties are broken by id. */
                sort?: "date" | "-date" | "id" | "-id" | "source" | "-source" | "updated_at" | "-updated_at";
                /** @description Page size, 1-500 (default 50). */
                limit?: number;
                /** @description The opaque cursor from links.next (or the Link header); valid only with the same filters and sort. */
                cursor?: string;
                /** @description Add meta.total, the number of matching rows. */
                include_total?: "true" | "false";
                /** @description Count matching rows per value of these fields, over the whole filtered set, in meta.facets. Comma-separated; several values mean OR. One of: speaker, about, topic, kind, source, meeting, agreement. */
                facet?: string;
                /** @description Return only these fields of each item (sparse fieldset). Comma-separated; several values mean OR. One of: id, kind, text, speakers, date, source, meeting, agreement, about, topics, citations, links, created_at, updated_at, version. */
                fields?: string;
                /** @description csv: every matching row (not one page) as RFC 4180 CSV, like `Accept: text/csv`. Default json. */
                format?: "json" | "csv";
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of statements (JSON), or every matching row (CSV). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementList"];
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body returns the original answer; with another body, a 422. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatementCreate"];
            };
        };
        responses: {
            /** @description The new statement; its URL is in Location, its ETag in ETag. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatement: {
        parameters: {
            query?: {
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Permanent Redirect: this id was merged into another record; Location is its URL. */
            308: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET of the record (required): a stale one is a 412, none a 428. */
                "if-match"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: the If-Match ETag is stale; GET the record again and reapply the change. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: send If-Match with the ETag of the record. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET of the record (required): a stale one is a 412, none a 428. */
                "if-match"?: string;
            };
            path: {
                /** @description The record id (a slug). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergePatch"];
            };
        };
        responses: {
            /** @description The statement as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the API key may not do this (a read key on a write). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: no such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: the If-Match ETag is stale; GET the record again and reapply the change. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI too long: a path parameter is over 500 characters (the router refuses it before the route runs). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: send If-Match with the ETag of the record. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description Return changes after this sequence number (default 0: the whole log, from the initial seed on). */
                since?: number;
                /** @description At most this many changes (1-1000, default 100). */
                limit?: number;
                /** @description Long-poll: when nothing follows `since`, wait up to this many seconds (0-30) for a change before answering. */
                wait?: number;
                /** @description Indent the JSON for reading (default false). */
                pretty?: "true" | "false";
            };
            header?: {
                /** @description For event streams: resume after this sequence number (overrides `since`). */
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes (JSON), or an endless stream of them (text/event-stream). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeFeed"];
                    "text/event-stream": string;
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportNdjson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset, one record per line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.sqlite3": string;
                };
            };
            /** @description Not modified: the ETag or Last-Modified the client sent is current. No body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a parameter or field is invalid (each one is listed in `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable: the Accept header asks for a media type this operation cannot produce. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: slow down (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: the request id identifies it in the logs; no internals are disclosed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the service is not ready, or is shedding load (see Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
