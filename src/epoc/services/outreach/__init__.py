"""Outreach: countries over time, the TOM / Round Table planner, event material and guests, country briefs."""
