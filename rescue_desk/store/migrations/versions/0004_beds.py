"""Areas, rooms, beds and bed assignments (one live bed per stay, one live stay per bed).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('area',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('for_minors', sa.Boolean(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_area')),
    sa.UniqueConstraint('name', name=op.f('uq_area_name'))
    )
    op.create_table('room',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_room_area_id_area')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room')),
    sa.UniqueConstraint('area_id', 'name', name=op.f('uq_room_area_id'))
    )
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_area_id'), ['area_id'], unique=False)

    op.create_table('bed',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.Column('lower_bunk', sa.Boolean(), nullable=False),
    sa.Column('accessible', sa.Boolean(), nullable=False),
    sa.Column('near_duty_room', sa.Boolean(), nullable=False),
    sa.Column('out_of_service', sa.Boolean(), nullable=False),
    sa.Column('out_of_service_reason', sa.String(length=200), nullable=False),
    sa.Column('cleaning', sa.Boolean(), nullable=False),
    sa.Column('held_until', sa.DateTime(), nullable=True),
    sa.Column('held_for', sa.String(length=100), nullable=False),
    sa.Column('held_stay_id', sa.Integer(), nullable=True),
    sa.Column('held_by', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['held_stay_id'], ['stay.id'], name=op.f('fk_bed_held_stay_id_stay')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_bed_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bed')),
    sa.UniqueConstraint('room_id', 'label', name=op.f('uq_bed_room_id'))
    )
    with op.batch_alter_table('bed', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bed_room_id'), ['room_id'], unique=False)

    op.create_table('bed_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('bed_id', sa.Integer(), nullable=False),
    sa.Column('start_at', sa.DateTime(), nullable=False),
    sa.Column('end_at', sa.DateTime(), nullable=True),
    sa.Column('end_reason', sa.String(length=20), nullable=False),
    sa.Column('assigned_by', sa.String(length=40), nullable=False),
    sa.Column('ended_by', sa.String(length=40), nullable=False),
    sa.Column('breaches', sa.JSON(), nullable=False),
    sa.Column('approved_by', sa.String(length=40), nullable=False),
    sa.Column('approval_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['bed_id'], ['bed.id'], name=op.f('fk_bed_assignment_bed_id_bed')),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_bed_assignment_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bed_assignment'))
    )
    with op.batch_alter_table('bed_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bed_assignment_bed_id'), ['bed_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bed_assignment_stay_id'), ['stay_id'], unique=False)
        batch_op.create_index('uq_bed_assignment_live_bed', ['bed_id'], unique=True, sqlite_where=sa.text('end_at IS NULL'), postgresql_where=sa.text('end_at IS NULL'))
        batch_op.create_index('uq_bed_assignment_live_stay', ['stay_id'], unique=True, sqlite_where=sa.text('end_at IS NULL'), postgresql_where=sa.text('end_at IS NULL'))



def downgrade() -> None:
    with op.batch_alter_table('bed_assignment', schema=None) as batch_op:
        batch_op.drop_index('uq_bed_assignment_live_stay', sqlite_where=sa.text('end_at IS NULL'), postgresql_where=sa.text('end_at IS NULL'))
        batch_op.drop_index('uq_bed_assignment_live_bed', sqlite_where=sa.text('end_at IS NULL'), postgresql_where=sa.text('end_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_bed_assignment_stay_id'))
        batch_op.drop_index(batch_op.f('ix_bed_assignment_bed_id'))

    op.drop_table('bed_assignment')
    with op.batch_alter_table('bed', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bed_room_id'))

    op.drop_table('bed')
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_area_id'))

    op.drop_table('room')
    op.drop_table('area')
