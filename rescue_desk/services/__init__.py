"""Use cases, one module per area of work. One transaction per public call; plain dataclasses in
and out; errors are DeskError subclasses. No Qt."""
