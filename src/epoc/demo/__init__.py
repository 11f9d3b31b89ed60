"""Demo material written by the team: fictional parties, for `make run` and the browser tests."""
