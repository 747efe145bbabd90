from netleder.cli import main

main()
