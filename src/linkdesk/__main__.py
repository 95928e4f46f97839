from linkdesk.cli import main

raise SystemExit(main())
