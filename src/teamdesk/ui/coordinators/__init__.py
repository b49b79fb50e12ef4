"""The coordinators' page: mentoring pairs, training and networks."""
