"""Qt Widgets: main window, views, item models and the undo stack. Thin over the services."""
