"""The bundle's entry point: the same ``main`` as the ``teamdesk`` command."""

from teamdesk.app import main

raise SystemExit(main())
