"""Departures (prepared, completed, cancelled; follow-up) and the call log of the way home.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('contact_call',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('officer', sa.String(length=40), nullable=False),
    sa.Column('contact', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_contact_call_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_call'))
    )
    with op.batch_alter_table('contact_call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_call_stay_id'), ['stay_id'], unique=False)

    op.create_table('departure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('planned_at', sa.DateTime(), nullable=True),
    sa.Column('dest_province', sa.String(length=20), nullable=False),
    sa.Column('dest_city', sa.String(length=40), nullable=False),
    sa.Column('dest_county', sa.String(length=40), nullable=False),
    sa.Column('dest_address', sa.String(length=200), nullable=False),
    sa.Column('cannot_travel_alone', sa.Boolean(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('cash_fen', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('prepared_at', sa.DateTime(), nullable=False),
    sa.Column('prepared_by', sa.String(length=40), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('completed_by', sa.String(length=40), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(), nullable=True),
    sa.Column('cancelled_by', sa.String(length=40), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.Column('exceptions', sa.JSON(), nullable=False),
    sa.Column('approved_by', sa.String(length=40), nullable=False),
    sa.Column('approval_reason', sa.Text(), nullable=False),
    sa.Column('form_no', sa.String(length=20), nullable=False),
    sa.Column('follow_up_due', sa.Date(), nullable=True),
    sa.Column('follow_up_at', sa.DateTime(), nullable=True),
    sa.Column('follow_up_by', sa.String(length=40), nullable=False),
    sa.Column('follow_up_outcome', sa.String(length=20), nullable=False),
    sa.Column('follow_up_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_departure_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_departure'))
    )
    with op.batch_alter_table('departure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_departure_completed_at'), ['completed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_departure_follow_up_due'), ['follow_up_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_departure_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_departure_planned_at'), ['planned_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_departure_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_departure_stay_id'), ['stay_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('departure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_departure_stay_id'))
        batch_op.drop_index(batch_op.f('ix_departure_state'))
        batch_op.drop_index(batch_op.f('ix_departure_planned_at'))
        batch_op.drop_index(batch_op.f('ix_departure_kind'))
        batch_op.drop_index(batch_op.f('ix_departure_follow_up_due'))
        batch_op.drop_index(batch_op.f('ix_departure_completed_at'))

    op.drop_table('departure')
    with op.batch_alter_table('contact_call', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_call_stay_id'))

    op.drop_table('contact_call')
