from teamdesk.app import main

raise SystemExit(main())
