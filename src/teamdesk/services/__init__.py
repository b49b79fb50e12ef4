"""Use cases: one transaction each, a permission check, the rules, audit and change log. No Qt."""
