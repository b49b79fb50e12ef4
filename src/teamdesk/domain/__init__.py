"""Pure domain: entities, enums and rules. Imports nothing else of TeamDesk, no Qt, no SQL."""
