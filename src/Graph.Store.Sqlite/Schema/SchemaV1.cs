namespace Graph.Store.Sqlite.Schema;

/// <summary>
/// Version 1 of the schema. Every node (entity, event, document) is a row of <c>nodes</c>; documents add a row of
/// <c>documents</c> and one of <c>document_texts</c>. Names and aliases live in <c>names</c> with their normalized
/// key (<see cref="Graph.Model.NameKey.Normalize"/>), indexed for equality and, through FTS5, for ranked search.
/// Aliases and quantities remember the document that stated them ('' for curated ones), so that withdrawing a
/// document withdraws them too. Times are day numbers (<see cref="DateOnly.DayNumber"/>).
/// Reads of many nodes must stay one cheap lookup per node, so each node row also carries its evidence count, its
/// aliases and its quantities (as JSON), and each relation its evidence count; triggers keep these copies exact
/// whatever statement changes the evidence, names or quantities tables.
/// </summary>
internal static class SchemaV1
{
    public const string Script = """
        CREATE TABLE nodes (
            id          TEXT PRIMARY KEY,
            kind        INTEGER NOT NULL,
            name        TEXT NOT NULL,
            subtype     TEXT,
            discovered  INTEGER NOT NULL DEFAULT 0,
            confidence  REAL NOT NULL DEFAULT 0,
            event_type  INTEGER,
            t_start     INTEGER,
            t_end       INTEGER,
            t_precision INTEGER,
            t_inferred  INTEGER,
            t_text      TEXT,
            summary     TEXT,
            evidence_count INTEGER NOT NULL DEFAULT 0,
            aliases     TEXT,
            quantities  TEXT
        ) WITHOUT ROWID;
        CREATE INDEX nodes_kind_time ON nodes(kind, t_start, id);

        CREATE TABLE documents (
            id           TEXT PRIMARY KEY,
            seq          INTEGER NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            publisher    TEXT,
            author       TEXT,
            url          TEXT,
            source_path  TEXT,
            ingested_at  INTEGER NOT NULL,
            length       INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX documents_hash ON documents(content_hash);

        CREATE TABLE document_texts (
            id   TEXT PRIMARY KEY,
            text TEXT NOT NULL
        );

        CREATE TABLE names (
            nid     INTEGER PRIMARY KEY,
            node_id TEXT NOT NULL,
            name    TEXT NOT NULL,
            key     TEXT NOT NULL,
            alias   INTEGER NOT NULL,
            doc_id  TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX names_unique ON names(node_id, alias, name, doc_id);
        CREATE INDEX names_key ON names(key);
        CREATE INDEX names_doc ON names(doc_id) WHERE doc_id <> '';

        CREATE VIRTUAL TABLE names_fts USING fts5(
            key, content='names', content_rowid='nid',
            tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
        CREATE TRIGGER names_fts_insert AFTER INSERT ON names BEGIN
            INSERT INTO names_fts(rowid, key) VALUES (new.nid, new.key);
        END;
        CREATE TRIGGER names_fts_delete AFTER DELETE ON names BEGIN
            INSERT INTO names_fts(names_fts, rowid, key) VALUES ('delete', old.nid, old.key);
        END;
        CREATE TRIGGER names_fts_update AFTER UPDATE OF key, nid ON names BEGIN
            INSERT INTO names_fts(names_fts, rowid, key) VALUES ('delete', old.nid, old.key);
            INSERT INTO names_fts(rowid, key) VALUES (new.nid, new.key);
        END;

        CREATE TABLE quantities (
            qid         INTEGER PRIMARY KEY,
            event_id    TEXT NOT NULL,
            doc_id      TEXT NOT NULL,
            value       REAL NOT NULL,
            counted     TEXT NOT NULL,
            approximate INTEGER NOT NULL,
            text        TEXT,
            claimed_by  TEXT
        );
        CREATE INDEX quantities_event ON quantities(event_id);
        CREATE INDEX quantities_doc ON quantities(doc_id);

        CREATE TABLE relations (
            id          TEXT PRIMARY KEY,
            type        INTEGER NOT NULL,
            from_id     TEXT NOT NULL,
            to_id       TEXT NOT NULL,
            role        TEXT,
            t_start     INTEGER,
            t_end       INTEGER,
            t_precision INTEGER,
            t_inferred  INTEGER,
            t_text      TEXT,
            confidence  REAL NOT NULL,
            evidence_count INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE INDEX relations_from ON relations(from_id, type, to_id);
        CREATE INDEX relations_to ON relations(to_id, type, from_id);

        CREATE TABLE evidence (
            eid            INTEGER PRIMARY KEY,
            fact_id        TEXT NOT NULL,
            doc_id         TEXT NOT NULL,
            sentence_index INTEGER NOT NULL,
            span_start     INTEGER NOT NULL,
            span_end       INTEGER NOT NULL,
            sentence       TEXT NOT NULL,
            rule           TEXT NOT NULL,
            confidence     REAL NOT NULL
        );
        CREATE INDEX evidence_fact ON evidence(fact_id);
        CREATE INDEX evidence_doc ON evidence(doc_id);

        CREATE TRIGGER evidence_count_insert AFTER INSERT ON evidence BEGIN
            UPDATE nodes SET evidence_count = evidence_count + 1 WHERE id = new.fact_id;
            UPDATE relations SET evidence_count = evidence_count + 1 WHERE id = new.fact_id;
        END;
        CREATE TRIGGER evidence_count_delete AFTER DELETE ON evidence BEGIN
            UPDATE nodes SET evidence_count = evidence_count - 1 WHERE id = old.fact_id;
            UPDATE relations SET evidence_count = evidence_count - 1 WHERE id = old.fact_id;
        END;
        CREATE TRIGGER evidence_count_update AFTER UPDATE OF fact_id ON evidence BEGIN
            UPDATE nodes SET evidence_count = evidence_count - 1 WHERE id = old.fact_id;
            UPDATE relations SET evidence_count = evidence_count - 1 WHERE id = old.fact_id;
            UPDATE nodes SET evidence_count = evidence_count + 1 WHERE id = new.fact_id;
            UPDATE relations SET evidence_count = evidence_count + 1 WHERE id = new.fact_id;
        END;

        CREATE TRIGGER names_aliases_insert AFTER INSERT ON names WHEN new.alias = 1 BEGIN
            UPDATE nodes SET aliases = (SELECT json_group_array(a.name ORDER BY a.first)
                FROM (SELECT name, min(nid) AS first FROM names WHERE node_id = new.node_id AND alias = 1 GROUP BY name) a)
            WHERE id = new.node_id;
        END;
        CREATE TRIGGER names_aliases_delete AFTER DELETE ON names WHEN old.alias = 1 BEGIN
            UPDATE nodes SET aliases = (SELECT json_group_array(a.name ORDER BY a.first)
                FROM (SELECT name, min(nid) AS first FROM names WHERE node_id = old.node_id AND alias = 1 GROUP BY name) a)
            WHERE id = old.node_id;
        END;
        CREATE TRIGGER names_aliases_update AFTER UPDATE OF node_id, name, alias ON names BEGIN
            UPDATE nodes SET aliases = (SELECT json_group_array(a.name ORDER BY a.first)
                FROM (SELECT name, min(nid) AS first FROM names WHERE node_id = nodes.id AND alias = 1 GROUP BY name) a)
            WHERE id IN (old.node_id, new.node_id);
        END;

        CREATE TRIGGER quantities_insert AFTER INSERT ON quantities BEGIN
            UPDATE nodes SET quantities = (SELECT json_group_array(json_array(q.value, q.counted, q.approximate, q.text, q.claimed_by) ORDER BY q.first)
                FROM (SELECT value, counted, approximate, text, claimed_by, min(qid) AS first FROM quantities
                      WHERE event_id = new.event_id GROUP BY value, counted, approximate, text, claimed_by) q)
            WHERE id = new.event_id;
        END;
        CREATE TRIGGER quantities_delete AFTER DELETE ON quantities BEGIN
            UPDATE nodes SET quantities = (SELECT json_group_array(json_array(q.value, q.counted, q.approximate, q.text, q.claimed_by) ORDER BY q.first)
                FROM (SELECT value, counted, approximate, text, claimed_by, min(qid) AS first FROM quantities
                      WHERE event_id = old.event_id GROUP BY value, counted, approximate, text, claimed_by) q)
            WHERE id = old.event_id;
        END;
        CREATE TRIGGER quantities_update AFTER UPDATE OF event_id ON quantities BEGIN
            UPDATE nodes SET quantities = (SELECT json_group_array(json_array(q.value, q.counted, q.approximate, q.text, q.claimed_by) ORDER BY q.first)
                FROM (SELECT value, counted, approximate, text, claimed_by, min(qid) AS first FROM quantities
                      WHERE event_id = nodes.id GROUP BY value, counted, approximate, text, claimed_by) q)
            WHERE id IN (old.event_id, new.event_id);
        END;

        CREATE TABLE redirects (
            merged_id   TEXT PRIMARY KEY,
            survivor_id TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX redirects_survivor ON redirects(survivor_id);

        CREATE TABLE retractions (
            fact_id TEXT PRIMARY KEY,
            type    INTEGER,
            from_id TEXT,
            to_id   TEXT,
            role    TEXT
        ) WITHOUT ROWID;
        CREATE INDEX retractions_from ON retractions(from_id);
        CREATE INDEX retractions_to ON retractions(to_id);

        CREATE TABLE curations (
            seq       INTEGER PRIMARY KEY AUTOINCREMENT,
            action    INTEGER NOT NULL,
            target_id TEXT NOT NULL,
            other_id  TEXT,
            value     TEXT,
            actor     TEXT NOT NULL,
            reason    TEXT NOT NULL,
            at        INTEGER NOT NULL
        );
        CREATE INDEX curations_target ON curations(target_id);
        CREATE INDEX curations_other ON curations(other_id);
        """;
}
