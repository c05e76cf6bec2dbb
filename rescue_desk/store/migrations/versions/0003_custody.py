"""Security check and belongings custody: checks, items found, bags, stored items, movements.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 14:18:34.577208
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('bag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bag_no', sa.String(length=20), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('location', sa.String(length=40), nullable=False),
    sa.Column('owner_signed', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_bag_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bag')),
    sa.UniqueConstraint('bag_no', name=op.f('uq_bag_bag_no'))
    )
    with op.batch_alter_table('bag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bag_location'), ['location'], unique=False)
        batch_op.create_index(batch_op.f('ix_bag_stay_id'), ['stay_id'], unique=False)

    op.create_table('security_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('checked_at', sa.DateTime(), nullable=False),
    sa.Column('body_checked_by', sa.String(length=40), nullable=False),
    sa.Column('baggage_checked', sa.Boolean(), nullable=False),
    sa.Column('temperature_tenths', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('refused', sa.Boolean(), nullable=False),
    sa.Column('recorded_by', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_security_check_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_security_check')),
    sa.UniqueConstraint('stay_id', name=op.f('uq_security_check_stay_id'))
    )
    op.create_table('seized_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('disposition', sa.String(length=20), nullable=False),
    sa.Column('police_unit', sa.String(length=100), nullable=False),
    sa.Column('police_officer', sa.String(length=60), nullable=False),
    sa.Column('police_receipt_no', sa.String(length=60), nullable=False),
    sa.Column('witness', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['check_id'], ['security_check.id'], name=op.f('fk_seized_item_check_id_security_check')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seized_item'))
    )
    with op.batch_alter_table('seized_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seized_item_check_id'), ['check_id'], unique=False)

    op.create_table('stored_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bag_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('condition', sa.String(length=100), nullable=False),
    sa.Column('serial', sa.String(length=100), nullable=False),
    sa.Column('cash_fen', sa.Integer(), nullable=True),
    sa.Column('counted_by', sa.String(length=40), nullable=False),
    sa.Column('counted_by_second', sa.String(length=40), nullable=False),
    sa.Column('seal_no', sa.String(length=40), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('settled_note', sa.Text(), nullable=False),
    sa.Column('settled_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['bag_id'], ['bag.id'], name=op.f('fk_stored_item_bag_id_bag')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stored_item'))
    )
    with op.batch_alter_table('stored_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stored_item_bag_id'), ['bag_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stored_item_state'), ['state'], unique=False)

    op.create_table('custody_movement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bag_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('movement', sa.String(length=20), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('officer', sa.String(length=40), nullable=False),
    sa.Column('second_officer', sa.String(length=40), nullable=False),
    sa.Column('from_location', sa.String(length=40), nullable=False),
    sa.Column('to_location', sa.String(length=40), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['bag_id'], ['bag.id'], name=op.f('fk_custody_movement_bag_id_bag')),
    sa.ForeignKeyConstraint(['item_id'], ['stored_item.id'], name=op.f('fk_custody_movement_item_id_stored_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody_movement'))
    )
    with op.batch_alter_table('custody_movement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_movement_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_custody_movement_bag_id'), ['bag_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_custody_movement_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_custody_movement_reference'), ['reference'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('custody_movement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_movement_reference'))
        batch_op.drop_index(batch_op.f('ix_custody_movement_item_id'))
        batch_op.drop_index(batch_op.f('ix_custody_movement_bag_id'))
        batch_op.drop_index(batch_op.f('ix_custody_movement_at'))

    op.drop_table('custody_movement')
    with op.batch_alter_table('stored_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stored_item_state'))
        batch_op.drop_index(batch_op.f('ix_stored_item_bag_id'))

    op.drop_table('stored_item')
    with op.batch_alter_table('seized_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seized_item_check_id'))

    op.drop_table('seized_item')
    op.drop_table('security_check')
    with op.batch_alter_table('bag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bag_stay_id'))
        batch_op.drop_index(batch_op.f('ix_bag_location'))

    op.drop_table('bag')

