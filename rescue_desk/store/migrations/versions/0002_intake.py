"""Intake: people, their search keys and photos, stays, and counters for case numbers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 14:06:48.464399
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('counter',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_counter'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('alias', sa.String(length=60), nullable=False),
    sa.Column('unknown_no', sa.String(length=30), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('ethnicity', sa.String(length=20), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('age_basis', sa.String(length=12), nullable=False),
    sa.Column('id_type', sa.String(length=20), nullable=False),
    sa.Column('id_number', sa.String(length=40), nullable=False),
    sa.Column('id_tail', sa.String(length=6), nullable=False),
    sa.Column('id_warning_reason', sa.Text(), nullable=False),
    sa.Column('hukou_place', sa.String(length=120), nullable=False),
    sa.Column('residence', sa.String(length=120), nullable=False),
    sa.Column('welfare', sa.String(length=10), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('height_cm', sa.Integer(), nullable=True),
    sa.Column('build', sa.String(length=40), nullable=False),
    sa.Column('marks', sa.String(length=200), nullable=False),
    sa.Column('clothing', sa.String(length=200), nullable=False),
    sa.Column('dialect', sa.String(length=60), nullable=False),
    sa.Column('vagrancy_reason', sa.Text(), nullable=False),
    sa.Column('vagrancy_length', sa.String(length=60), nullable=False),
    sa.Column('vagrancy_history', sa.Text(), nullable=False),
    sa.Column('contacts', sa.JSON(), nullable=False),
    sa.Column('needs', sa.Text(), nullable=False),
    sa.Column('fingerprints_taken', sa.Boolean(), nullable=False),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['merged_into_id'], ['person.id'], name=op.f('fk_person_merged_into_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('unknown_no', name=op.f('uq_person_unknown_no'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_birth_year'), ['birth_year'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_id_number'), ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_id_tail'), ['id_tail'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_merged_into_id'), ['merged_into_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_phone'), ['phone'], unique=False)

    op.create_table('person_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_key_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_key')),
    sa.UniqueConstraint('person_id', 'key', name=op.f('uq_person_key_person_id'))
    )
    with op.batch_alter_table('person_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_key_key'), ['key'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_key_person_id'), ['person_id'], unique=False)

    op.create_table('person_photo',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('jpeg', sa.LargeBinary(), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_photo_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_person_photo'))
    )
    op.create_table('stay',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_no', sa.String(length=12), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('arrived_at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('escort_unit', sa.String(length=100), nullable=False),
    sa.Column('escort_officers', sa.String(length=100), nullable=False),
    sa.Column('escort_badges', sa.String(length=100), nullable=False),
    sa.Column('escort_phone', sa.String(length=40), nullable=False),
    sa.Column('found_place', sa.String(length=120), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=True),
    sa.Column('inspection', sa.JSON(), nullable=False),
    sa.Column('inspection_note', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('outcome_reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('age_at_arrival', sa.Integer(), nullable=True),
    sa.Column('readmission_days', sa.Integer(), nullable=True),
    sa.Column('readmission_decision', sa.Text(), nullable=False),
    sa.Column('registered_by', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_stay_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stay')),
    sa.UniqueConstraint('case_no', name=op.f('uq_stay_case_no'))
    )
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stay_arrived_at'), ['arrived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_stay_ended_at'), ['ended_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_stay_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stay_status'), ['status'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stay_status'))
        batch_op.drop_index(batch_op.f('ix_stay_person_id'))
        batch_op.drop_index(batch_op.f('ix_stay_ended_at'))
        batch_op.drop_index(batch_op.f('ix_stay_arrived_at'))

    op.drop_table('stay')
    op.drop_table('person_photo')
    with op.batch_alter_table('person_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_key_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_key_key'))

    op.drop_table('person_key')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_phone'))
        batch_op.drop_index(batch_op.f('ix_person_name'))
        batch_op.drop_index(batch_op.f('ix_person_merged_into_id'))
        batch_op.drop_index(batch_op.f('ix_person_id_tail'))
        batch_op.drop_index(batch_op.f('ix_person_id_number'))
        batch_op.drop_index(batch_op.f('ix_person_birth_year'))

    op.drop_table('person')
    op.drop_table('counter')

