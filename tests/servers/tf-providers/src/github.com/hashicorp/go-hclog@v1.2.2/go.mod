module github.com/hashicorp/go-hclog

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/fatih/color v1.13.0
	github.com/mattn/go-colorable v0.1.12
	github.com/mattn/go-isatty v0.0.14
	github.com/stretchr/testify v1.7.2
	golang.org/x/sys v0.0.0-20220503163025-988cb79eb6c6 // indirect
)

go 1.13
