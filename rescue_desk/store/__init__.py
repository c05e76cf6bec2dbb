"""Engine and sessions, migrations, backup and integrity checks. No Qt."""
