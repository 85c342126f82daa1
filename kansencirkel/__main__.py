from kansencirkel.cli import main

raise SystemExit(main())
