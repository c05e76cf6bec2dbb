"""What a station is: models, enums and pure rules. No I/O beyond the ORM mapping, no Qt."""
