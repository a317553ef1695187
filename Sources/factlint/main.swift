import FactlintCLI

// The executable stays thin: every behaviour lives in FactlintCLI, where tests reach it.
FactlintCLI.main()
