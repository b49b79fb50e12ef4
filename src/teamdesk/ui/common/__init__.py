"""What every page uses: the input widgets, table models, labels and text helpers, and the
helpers that run slow work (printing, backups, sign-in) in the background."""
