"""`python -m coach`: the `coach` command, for environments whose scripts folder is not on PATH."""

from coach.cli import main

if __name__ == "__main__":
    main()
