from gesserv_bureau.cli import main

raise SystemExit(main())
