"""The relational-coordination check-in (issue 15): the page, answering, the results."""
