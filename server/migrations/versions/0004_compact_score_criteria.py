"""score criteria compact: [[code, passed, points], ...] without the deciding answers

The deciding answers (`decided_by`) were most of a score's ~1 KB; the pages now recompute
them from the submission (results.explain). The text written is exactly what the app
writes (json.dumps of the list), so a rescore after the upgrade finds every score unchanged.
PostgreSQL: fillfactor 70 on `score`, so a rescore's UPDATEs of points and criteria stay on
their page (HOT: no index entry touched); the table is rewritten (VACUUM FULL, a lock on
`score` for as long) so its pages take the new fillfactor and lose the old rows.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

PG_COMPACT = """
UPDATE score SET criteria = (
    SELECT coalesce('[' || string_agg('[' || to_json(e.value->>'code')::text || ', '
        || (e.value->>'passed') || ', ' || (e.value->>'points') || ']', ', ' ORDER BY e.n) || ']', '[]')
    FROM json_array_elements(score.criteria) WITH ORDINALITY AS e(value, n)
)::json
WHERE criteria::text LIKE '[{%'
"""

SQLITE_COMPACT = """
UPDATE score SET criteria = coalesce((
    SELECT '[' || group_concat(item, ', ') || ']' FROM (
        SELECT '[' || json_quote(json_extract(e.value, '$.code')) || ', '
            || CASE WHEN json_extract(e.value, '$.passed') THEN 'true' ELSE 'false' END || ', '
            || json_quote(json_extract(e.value, '$.points')) || ']' AS item
        FROM json_each(score.criteria) AS e ORDER BY e.key
    )
), '[]')
WHERE criteria LIKE '[{%'
"""

PG_EXPAND = """
UPDATE score SET criteria = (
    SELECT coalesce(json_agg(json_build_object('code', e.value->0, 'passed', e.value->1,
        'points', e.value->2, 'decided_by', json_build_array()) ORDER BY e.n), '[]')
    FROM json_array_elements(score.criteria) WITH ORDINALITY AS e(value, n)
)
WHERE criteria::text LIKE '[[%'
"""

SQLITE_EXPAND = """
UPDATE score SET criteria = coalesce((
    SELECT json_group_array(json_object('code', json_extract(e.value, '$[0]'),
        'passed', json(CASE WHEN json_extract(e.value, '$[1]') THEN 'true' ELSE 'false' END),
        'points', json_extract(e.value, '$[2]'), 'decided_by', json_array()))
    FROM json_each(score.criteria) AS e
), '[]')
WHERE criteria LIKE '[[%'
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE score SET (fillfactor = 70)")
        op.execute(PG_COMPACT)
        with op.get_context().autocommit_block():  # the rows rewritten, at the new fillfactor
            op.execute("VACUUM FULL score")
    else:
        op.execute(SQLITE_COMPACT)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_EXPAND)
        op.execute("ALTER TABLE score RESET (fillfactor)")
    else:
        op.execute(SQLITE_EXPAND)
