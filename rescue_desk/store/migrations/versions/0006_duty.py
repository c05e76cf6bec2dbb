"""Duty: roster, swaps, shifts and their append-only log; stay extensions, family-search notices, DNA request.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('roster_slot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('shift', sa.String(length=20), nullable=False),
    sa.Column('post', sa.String(length=20), nullable=False),
    sa.Column('login', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_slot')),
    sa.UniqueConstraint('day', 'shift', 'post', 'login', name=op.f('uq_roster_slot_day'))
    )
    with op.batch_alter_table('roster_slot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roster_slot_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_roster_slot_login'), ['login'], unique=False)

    op.create_table('roster_swap',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('shift', sa.String(length=20), nullable=False),
    sa.Column('post', sa.String(length=20), nullable=False),
    sa.Column('from_login', sa.String(length=40), nullable=False),
    sa.Column('to_login', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_swap'))
    )
    with op.batch_alter_table('roster_swap', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roster_swap_day'), ['day'], unique=False)

    op.create_table('shift',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('start_at', sa.DateTime(), nullable=False),
    sa.Column('end_at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('headcount_start', sa.JSON(), nullable=False),
    sa.Column('headcount_end', sa.JSON(), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.Column('outgoing', sa.String(length=40), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.Column('incoming', sa.String(length=40), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by', sa.String(length=40), nullable=False),
    sa.Column('close_reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift')),
    sa.UniqueConstraint('day', 'code', name=op.f('uq_shift_day'))
    )
    with op.batch_alter_table('shift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_day'), ['day'], unique=False)

    op.create_table('shift_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('officer', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('area', sa.String(length=40), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('case_no', sa.String(length=12), nullable=False),
    sa.Column('refers_to', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['refers_to'], ['shift_entry.id'], name=op.f('fk_shift_entry_refers_to_shift_entry')),
    sa.ForeignKeyConstraint(['shift_id'], ['shift.id'], name=op.f('fk_shift_entry_shift_id_shift')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_entry'))
    )
    with op.batch_alter_table('shift_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_entry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_entry_case_no'), ['case_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_entry_shift_id'), ['shift_id'], unique=False)

    op.create_table('search_notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('notice_no', sa.String(length=20), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.String(length=40), nullable=False),
    sa.Column('approved_by', sa.String(length=40), nullable=False),
    sa.Column('health', sa.String(length=200), nullable=False),
    sa.Column('mental_state', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_search_notice_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_notice')),
    sa.UniqueConstraint('notice_no', name=op.f('uq_search_notice_notice_no'))
    )
    with op.batch_alter_table('search_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_notice_stay_id'), ['stay_id'], unique=False)

    op.create_table('stay_extension',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('approved_by', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_stay_extension_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stay_extension'))
    )
    with op.batch_alter_table('stay_extension', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stay_extension_stay_id'), ['stay_id'], unique=False)

    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dna_requested_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('dna_reference', sa.String(length=60), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('placement_at', sa.DateTime(), nullable=True))



    # The shift log is append-only: the database itself refuses a change or a removal.
    if op.get_context().dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER shift_entry_no_{event.lower()} BEFORE {event} ON shift_entry "
                "BEGIN SELECT RAISE(ABORT, 'shift log entries are never changed'); END"
            )
    elif op.get_context().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION shift_entry_final() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'shift log entries are never changed'; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER shift_entry_final BEFORE UPDATE OR DELETE ON shift_entry "
            "FOR EACH ROW EXECUTE FUNCTION shift_entry_final()"
        )


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS shift_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS shift_entry_no_delete")
    elif op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS shift_entry_final ON shift_entry")
        op.execute("DROP FUNCTION IF EXISTS shift_entry_final()")
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.drop_column('placement_at')
        batch_op.drop_column('dna_reference')
        batch_op.drop_column('dna_requested_at')

    with op.batch_alter_table('stay_extension', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stay_extension_stay_id'))

    op.drop_table('stay_extension')
    with op.batch_alter_table('search_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_notice_stay_id'))

    op.drop_table('search_notice')
    with op.batch_alter_table('shift_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shift_entry_shift_id'))
        batch_op.drop_index(batch_op.f('ix_shift_entry_case_no'))
        batch_op.drop_index(batch_op.f('ix_shift_entry_at'))

    op.drop_table('shift_entry')
    with op.batch_alter_table('shift', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shift_day'))

    op.drop_table('shift')
    with op.batch_alter_table('roster_swap', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roster_swap_day'))

    op.drop_table('roster_swap')
    with op.batch_alter_table('roster_slot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roster_slot_login'))
        batch_op.drop_index(batch_op.f('ix_roster_slot_day'))

    op.drop_table('roster_slot')
