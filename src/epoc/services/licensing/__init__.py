"""The licensing desk: licence applications assessed line by line, no-undercut consultations between
Partners, decisions, and the denial lifecycle (review dates, renew, amend, revoke)."""
