from storyline.cli import main

main()
