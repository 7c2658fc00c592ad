from gesserv_bureau.lancement import main

raise SystemExit(main())
