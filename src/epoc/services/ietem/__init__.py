"""The IE-TEM working group: the Annex as versioned data, the review of IE papers, the gap register, the
working group and its report to the Plenary."""
