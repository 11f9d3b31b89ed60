"""The Plenary's business: meetings, proposals (import, versions, feedback, silence), decisions, taskings,
the Plenary record."""
