"""Indexes for reports over a long history: stays by (ended_at, arrived_at), so that the stays
spanning a period are counted from the index alone (it replaces the index on ended_at alone),
and supplies handed out by stay.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_stay_ended_at_arrived_at', 'stay', ['ended_at', 'arrived_at'],
                    unique=False)
    op.drop_index('ix_stay_ended_at', table_name='stay')
    op.create_index('ix_supply_movement_stay_id', 'supply_movement', ['stay_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_supply_movement_stay_id', table_name='supply_movement')
    op.create_index('ix_stay_ended_at', 'stay', ['ended_at'], unique=False)
    op.drop_index('ix_stay_ended_at_arrived_at', table_name='stay')
