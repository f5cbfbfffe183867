"""Qt user interface: main window, panels, charts and dialogs."""
