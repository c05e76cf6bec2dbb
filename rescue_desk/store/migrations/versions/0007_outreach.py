"""Outreach: hotline calls, street patrols and the people met, supplies and their stock.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('patrol',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('team', sa.String(length=200), nullable=False),
    sa.Column('staff_count', sa.Integer(), nullable=False),
    sa.Column('vehicle', sa.String(length=40), nullable=False),
    sa.Column('route', sa.String(length=300), nullable=False),
    sa.Column('places', sa.JSON(), nullable=False),
    sa.Column('cold_wave', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patrol'))
    )
    with op.batch_alter_table('patrol', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patrol_day'), ['day'], unique=False)

    op.create_table('supply_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('unit', sa.String(length=10), nullable=False),
    sa.Column('stock', sa.Integer(), nullable=False),
    sa.Column('low_level', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_item')),
    sa.UniqueConstraint('name', name=op.f('uq_supply_item_name'))
    )
    op.create_table('hotline_call',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('called_at', sa.DateTime(), nullable=False),
    sa.Column('caller', sa.String(length=60), nullable=False),
    sa.Column('caller_phone', sa.String(length=40), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('far', sa.Boolean(), nullable=False),
    sa.Column('person', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('team', sa.String(length=100), nullable=False),
    sa.Column('arrived_at', sa.DateTime(), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_hotline_call_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hotline_call'))
    )
    with op.batch_alter_table('hotline_call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hotline_call_called_at'), ['called_at'], unique=False)

    op.create_table('patrol_contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patrol_id', sa.Integer(), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=True),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['patrol_id'], ['patrol.id'], name=op.f('fk_patrol_contact_patrol_id_patrol')),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_patrol_contact_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patrol_contact'))
    )
    with op.batch_alter_table('patrol_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patrol_contact_patrol_id'), ['patrol_id'], unique=False)

    op.create_table('supply_movement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('change', sa.Integer(), nullable=False),
    sa.Column('stock_after', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('relief_point', sa.String(length=100), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('officer', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['patrol_contact.id'], name=op.f('fk_supply_movement_contact_id_patrol_contact')),
    sa.ForeignKeyConstraint(['item_id'], ['supply_item.id'], name=op.f('fk_supply_movement_item_id_supply_item')),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_supply_movement_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_movement'))
    )
    with op.batch_alter_table('supply_movement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supply_movement_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_supply_movement_item_id'), ['item_id'], unique=False)

    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hotline_call_id', sa.Integer(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.drop_column('hotline_call_id')

    with op.batch_alter_table('supply_movement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_movement_item_id'))
        batch_op.drop_index(batch_op.f('ix_supply_movement_at'))

    op.drop_table('supply_movement')
    with op.batch_alter_table('patrol_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patrol_contact_patrol_id'))

    op.drop_table('patrol_contact')
    with op.batch_alter_table('hotline_call', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hotline_call_called_at'))

    op.drop_table('hotline_call')
    op.drop_table('supply_item')
    with op.batch_alter_table('patrol', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patrol_day'))

    op.drop_table('patrol')
