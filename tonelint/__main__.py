from tonelint.cli import main

main()
